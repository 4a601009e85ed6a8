namespace ContentApi.Data.Dataset;

/// <summary>
/// The vocabulary of the synthetic archive, roughly in order of frequency (the Zipf tables make the first words the
/// commonest). Original word lists, newsroom-flavoured, with Spanish accents so accent-insensitive search is exercised.
/// </summary>
internal static class WordBanks
{
    /// <summary>A word every search benchmark can count on being common, per language.</summary>
    public const string CommonEnglishWord = "police";

    /// <summary>Sprinkled into very few articles (about 1 in 10,000 each): the rare-word search.</summary>
    public static readonly string[] RareWords = Split("""
        huallaga tocache quillabamba catatumbo mosquitia chapare yungas guaviare tumbes zapotal
        ixcan sayaxche izabal olancho colon darien uraba cauca narino sucumbios
        """);

    public static readonly string[] English = Split("""
        the of and to a in that is was for on with as by said at from his their it have has had were be not are but an this
        which who they been its after police government security more than one two also or would other new against officials
        according over country where into people some authorities when all there military criminal groups drug president about
        state years local last year while during them most national crime violence forces could between her can since many region
        being border trafficking organized those before under because only just cartel cocaine prison gang gangs minister attorney
        general prosecutors investigation corruption congress election mayor murder homicides killings extortion money laundering
        arms weapons smuggling migrants migration route routes port ports shipment shipments tons kilograms seized seizure arrested
        arrest captured leader leaders members faction factions alliance rival rivals territory control power economy economic
        mining illegal gold timber fishing fuel theft kidnapping kidnappings justice court judge sentence extradition extradited
        agency agencies intelligence operation operations army navy soldiers troops officers patrol community communities rural
        urban city capital province department municipality coast jungle mountains river highway airport plane boat submarine
        container market markets production producers coca crops eradication laboratory laboratories precursor chemicals synthetic
        fentanyl methamphetamine heroin marijuana cannabis demand supply consumption prices profits networks network structure
        hierarchy command boss bosses lieutenant hitmen massacre clashes conflict peace deal negotiations ceasefire demobilization
        dissidents guerrilla guerrillas paramilitary militias vigilante policy policies reform reforms strategy strategies budget
        resources data figures statistics report reports analysis researchers experts sources documents records evidence testimony
        witnesses victims families journalists activists human rights abuses impunity accountability transparency institutions
        institutional weak strong growing rising falling recent historic major key main significant notorious powerful violent
        dangerous lucrative transnational regional international domestic public private political social judicial financial legal
        however although despite meanwhile instead further still already often rarely recently reportedly allegedly officially
        month months week weeks days million millions dollars billion percent majority part time way case cases zone zones area
        nation population prisoners inmates guards penitentiary overcrowding riot riots escape transfer sentence sentences trial
        trials charges accused suspects suspect defendant defense lawyer lawyers ruling appeal verdict acquitted convicted
        """);

    public static readonly string[] Spanish = Split("""
        de la que el en y a los del se las por un para con no una su al lo como más pero sus ya o fue este ha porque esta son
        entre cuando muy sin sobre también policía gobierno según país región investigación narcotráfico fiscalía autoridades
        seguridad grupos criminales crimen organizado violencia frontera presidente ministro cárcel prisión pandillas extorsión
        corrupción congreso elección elecciones alcalde asesinato homicidios lavado dinero armas contrabando migrantes migración
        ruta rutas puerto puertos cargamento toneladas kilos incautación incautaron detenido detenidos capturado líder líderes
        miembros facción alianza rivales territorio control poder economía económica minería ilegal oro madera pesca combustible
        robo secuestro secuestros justicia tribunal juez condena extradición extraditado agencia inteligencia operación operativo
        ejército marina soldados tropas agentes patrulla comunidad comunidades rural urbana ciudad capital provincia departamento
        municipio costa selva montañas río carretera aeropuerto avioneta lancha semisumergible contenedor mercado mercados
        producción productores coca cultivos erradicación laboratorio laboratorios precursores químicos sintéticas fentanilo
        metanfetamina heroína marihuana demanda oferta consumo precios ganancias redes red estructura jerarquía mando jefe jefes
        lugarteniente sicarios masacre enfrentamientos conflicto paz acuerdo negociaciones desmovilización disidencias guerrilla
        paramilitares milicias política políticas reforma reformas estrategia presupuesto recursos datos cifras estadísticas
        informe informes análisis investigadores expertos fuentes documentos registros pruebas testimonio testigos víctimas
        familias periodistas activistas derechos humanos abusos impunidad transparencia instituciones institucional débil fuerte
        creciente reciente histórico principal importante notorio poderoso violento peligroso lucrativo transnacional regional
        internacional pública privado político social judicial financiero además aunque mientras después durante desde hasta
        hacia tras año años mes semanas días millones dólares pesos mayoría parte vez tiempo forma caso casos zona zonas área
        nación nacional población reos internos guardias penitenciario hacinamiento motín fuga traslado juicio cargos acusados
        sospechosos defensa abogado fallo apelación veredicto absuelto condenado tráfico cocaína capturó señaló explicó afirmó
        """);

    public static readonly string[] Countries = Split("""
        Argentina Belize Bolivia Brazil Chile Colombia Costa_Rica Cuba Dominican_Republic Ecuador El_Salvador Guatemala Guyana
        Haiti Honduras Jamaica Mexico Nicaragua Panama Paraguay Peru Suriname Trinidad_and_Tobago Uruguay Venezuela United_States
        Canada Spain Portugal Italy France Germany Netherlands Belgium United_Kingdom Ireland Albania Serbia Montenegro Bosnia
        Croatia Greece Turkey Russia Ukraine Poland Romania Bulgaria Morocco Algeria Tunisia Libya Egypt Nigeria Ghana Guinea
        Guinea_Bissau Senegal Mali Niger Cape_Verde Sierra_Leone Liberia Ivory_Coast Togo Benin Cameroon Gabon Angola Mozambique
        South_Africa Kenya Tanzania Ethiopia Somalia Sudan Lebanon Syria Iraq Iran Afghanistan Pakistan India Bangladesh Myanmar
        Thailand Laos Cambodia Vietnam Malaysia Indonesia Philippines China Hong_Kong Taiwan Japan South_Korea Australia
        New_Zealand Fiji Papua_New_Guinea Israel Jordan Saudi_Arabia United_Arab_Emirates Qatar Bahamas Barbados Grenada Aruba
        Curacao Puerto_Rico Martinique Guadeloupe French_Guiana Falkland_Islands
        """);

    public static readonly string[] TopicHeads = Split("""
        Drug Arms Human Wildlife Fuel Cattle Timber Gold Cocaine Heroin Fentanyl Migrant Prison Police Judicial Electoral Money
        Cyber Maritime Border Urban Rural Youth Gang Environmental Financial Military Political Land Water
        """);

    public static readonly string[] TopicTails = Split("""
        Trafficking Smuggling Policy Reform Violence Corruption Laundering Routes Markets Production Seizures Extortion Security
        Crime Networks Economies Mining Logging Theft Kidnapping Homicides Impunity Justice Intelligence Cooperation Strategy
        Enforcement Eradication Demand Supply Prices Elites Alliances Conflicts Displacement Detention Courts Extradition
        Oversight Transparency Governance Militarization Finance Logistics Ports Airstrips Borders Prisons Data
        """);

    public static readonly string[] FirstNames = Split("""
        Ana María José Luis Carlos Juan Sofía Lucía Valentina Camila Andrés Diego Javier Miguel Alejandro Fernando Gabriela Paula
        Daniela Isabel Elena Laura Marta Pedro Pablo Ricardo Roberto Santiago Tomás Victoria Adriana Beatriz Claudia Esteban
        Felipe Gustavo Héctor Ignacio Jorge Julia Manuel Natalia Óscar Raúl Rosa Sergio Teresa Vicente Ximena Yolanda James
        Sarah Michael Emily David Rachel Thomas Hannah Daniel Olivia Matthew Grace Samuel Chloe Benjamin Alice Peter Claire
        """);

    public static readonly string[] LastNames = Split("""
        García Rodríguez Martínez López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Cruz Morales Reyes
        Gutiérrez Ortiz Chávez Ramos Ruiz Hernández Jiménez Mendoza Castillo Vargas Romero Herrera Medina Aguilar Castro Rojas
        Vásquez Moreno Guzmán Muñoz Salazar Delgado Peña Ríos Navarro Cabrera Campos Vega Fuentes Carrillo Sandoval Espinoza
        Miranda Cortés Quintero Villanueva Arango Zapata Ospina Londoño Betancourt Restrepo Smith Johnson Brown Taylor Wilson
        Clarke Walker Wright Hughes Edwards Green Hall Wood Harris Lewis Young King Scott Baker Adams Mitchell Campbell Parker
        """);

    public static readonly string[] GroupWords = Split("""
        Norte Sur Golfo Pacífico Valle Sierra Costa Frontera Oriente Occidente Centro Nueva Unidos Libres Negros Rojos Blancos
        Azules Verdes Grises Lobos Halcones Águilas Tigres Leones Panteras Cobras Escorpiones Jaguares Pumas Caballeros Templarios
        Hermanos Primos Compadres Socios Chapitos Mayos Rastrojos Urabeños Pachenca Caparros Shottas Trinitarios Choneros
        Lobitos Tiguerones Latin Kings Maras Barrio Calle Puerto Selva Montaña Río Lago Isla Bahía
        """);

    public static readonly string[] GroupKinds = ["Cartel", "Clan", "Gang", "Network", "Front", "Organization", "Crew", "Family"];

    public static readonly string[] Roles = ["Reporter", "Senior Investigator", "Contributor", "Editor", "Researcher", "Correspondent", "Data Analyst"];

    private static string[] Split(string text) =>
        [.. text.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(word => word.Replace('_', ' ')).Distinct()];
}
