using ContentApi.Domain.Articles;

namespace ContentApi.Data.Seeding;

/// <summary>
/// Word banks for <see cref="DemoContent"/>. Every sentence is a template written for this project, in English and
/// Spanish side by side, so a translated article is a real translation of its original.
/// </summary>
internal static class DemoText
{
    /// <summary>Tag name, in-text English (with "the" where English needs it), Spanish, a hotspot inside the country, and how often it makes news.</summary>
    internal sealed record Country(string Name, string En, string Es, string PlaceEn, string PlaceEs, int Weight);

    /// <summary>Tag name, the lower-case phrase used in running text, the Spanish phrase with its article, and where it can happen (null: anywhere).</summary>
    internal sealed record Topic(string Name, string En, string Es, string Description, string[]? Countries = null);

    /// <summary>A fictional criminal group: names, where it operates (country tag names) and who is said to lead it.</summary>
    internal sealed record CrimeGroup(string Name, string En, string Es, string[] Countries, string Leader, string Description);

    internal sealed record AuthorSeed(string Name, string Role, string City, string Region, int Weight);

    internal sealed record Pair(string En, string Es);

    /// <summary>What the news is about decides which opening sentences fit the headline.</summary>
    internal enum Angle
    {
        Any,
        Seizure,
        Policy,
        Violence,
        Justice,
        Expansion,
        Organization,
    }

    /// <summary>A headline with its lead; <paramref name="Topics"/> limits it to the topics it reads well with, <paramref name="Body"/> gives its own opening.</summary>
    internal sealed record Headline(ArticleType Type, Angle Angle, Pair Title, Pair Summary, Pair[]? Body = null, string[]? Topics = null);

    internal static readonly Country[] Countries =
    [
        new("Mexico", "Mexico", "México", "Michoacán", "Michoacán", 10),
        new("Colombia", "Colombia", "Colombia", "Cauca", "el Cauca", 10),
        new("Peru", "Peru", "Perú", "the VRAEM", "el VRAEM", 7),
        new("Venezuela", "Venezuela", "Venezuela", "Zulia", "Zulia", 6),
        new("Ecuador", "Ecuador", "Ecuador", "Guayaquil", "Guayaquil", 8),
        new("Brazil", "Brazil", "Brasil", "Amazonas", "Amazonas", 6),
        new("Honduras", "Honduras", "Honduras", "San Pedro Sula", "San Pedro Sula", 5),
        new("Guatemala", "Guatemala", "Guatemala", "Petén", "Petén", 5),
        new("El Salvador", "El Salvador", "El Salvador", "San Miguel", "San Miguel", 4),
        new("Argentina", "Argentina", "Argentina", "Rosario", "Rosario", 3),
        new("Chile", "Chile", "Chile", "Antofagasta", "Antofagasta", 3),
        new("Bolivia", "Bolivia", "Bolivia", "the Chapare", "el Chapare", 4),
        new("Paraguay", "Paraguay", "Paraguay", "Pedro Juan Caballero", "Pedro Juan Caballero", 3),
        new("Costa Rica", "Costa Rica", "Costa Rica", "Limón", "Limón", 3),
        new("Panama", "Panama", "Panamá", "Colón", "Colón", 3),
        new("Haiti", "Haiti", "Haití", "Port-au-Prince", "Puerto Príncipe", 3),
        new("Dominican Republic", "the Dominican Republic", "República Dominicana", "Santo Domingo", "Santo Domingo", 2),
        new("Uruguay", "Uruguay", "Uruguay", "Montevideo", "Montevideo", 2),
        new("Nicaragua", "Nicaragua", "Nicaragua", "Bluefields", "Bluefields", 2),
        new("Jamaica", "Jamaica", "Jamaica", "Kingston", "Kingston", 2),
        new("Trinidad and Tobago", "Trinidad and Tobago", "Trinidad y Tobago", "Port of Spain", "Puerto España", 2),
        new("United States", "the United States", "Estados Unidos", "Texas", "Texas", 3),
        new("Belize", "Belize", "Belice", "Belize City", "Ciudad de Belice", 1),
    ];

    internal static readonly string[] CountryDescriptions =
    [
        "Organized crime, drug trafficking and security policy in {0}, with a focus on hotspots such as {1}.",
        "Criminal groups, illicit economies and the state's response in {0}, with a close eye on {1}.",
        "How trafficking networks, gangs and corrupt officials shape security in {0}, including {1}.",
    ];

    internal static readonly Topic[] Topics =
    [
        new("Cocaine", "cocaine trafficking", "el tráfico de cocaína", "Production, routes and markets of the cocaine trade, from jungle labs to export ports."),
        new("Coca", "coca cultivation", "los cultivos de coca", "The coca crop, the farmers who grow it and the policies that try to eradicate or replace it.",
            ["Colombia", "Peru", "Bolivia"]),
        new("Security Policy", "retail drug sales", "el narcomenudeo", "How governments design, fund and evaluate their strategies against organized crime."),
        new("Extortion", "extortion rackets", "las redes de extorsión", "Criminal groups that charge businesses, transport workers and families for the right to operate."),
        new("Prisons", "prison rackets", "las redes criminales de las cárceles", "Prisons as headquarters, recruitment centers and marketplaces for criminal groups."),
        new("Money Laundering", "money laundering", "el lavado de dinero", "The front companies, real estate and financial channels that clean criminal profits."),
        new("Arms Trafficking", "arms trafficking", "el tráfico de armas", "The flow of firearms and ammunition that arms criminal groups across the region."),
        new("Illegal Mining", "illegal gold mining", "la minería ilegal de oro", "Unlicensed gold mining, the groups that tax it and the damage it does to rivers and forests.",
            ["Peru", "Colombia", "Venezuela", "Ecuador", "Brazil", "Bolivia", "Honduras", "Nicaragua", "Mexico", "Guatemala"]),
        new("Migrant Smuggling", "migrant smuggling", "el tráfico de migrantes", "Smuggling networks that profit from people moving north through the Americas."),
        new("Homicides", "contract killings", "el sicariato", "Murder rates, hired killers and what violence data reveal about criminal disputes."),
        new("Corruption", "bribery networks", "las redes de sobornos", "Officials who protect, tip off or partner with criminal groups, and the cases against them."),
        new("Military", "drug trafficking", "el narcotráfico", "The armed forces' growing role in domestic security and the debates it raises."),
        new("Environmental Crime", "illegal logging", "la tala ilegal", "Illegal logging, wildlife trafficking and land grabs that feed on protected areas."),
        new("Synthetic Drugs", "synthetic drug production", "la producción de drogas sintéticas", "Methamphetamine, fentanyl and the precursor chemicals behind them."),
        new("Human Trafficking", "human trafficking", "la trata de personas", "Sexual and labor exploitation by networks that recruit victims with false promises."),
        new("Kidnapping", "kidnapping for ransom", "el secuestro extorsivo", "Abductions for ransom and the groups that have turned them into a business."),
    ];

    // Invented names only: none of these groups or leaders exists.
    internal static readonly CrimeGroup[] Groups =
    [
        new("Northern Cartel Alliance", "the Northern Cartel Alliance", "la Alianza de Cárteles del Norte", ["Mexico", "United States", "Guatemala"], "Teodoro Almanza Ruiz",
            "A coalition of trafficking cells that moves cocaine and synthetic drugs across northern Mexico toward the US border."),
        new("Red Coast Clan", "the Red Coast Clan", "el Clan de la Costa Roja", ["Colombia", "Ecuador", "Panama"], "Ramiro Quintana Ospina",
            "A Pacific coast network that controls speedboat routes and port logistics between Colombia and Central America."),
        new("Pacific Shadow Network", "the Pacific Shadow Network", "la Red Sombra del Pacífico", ["Ecuador", "Peru", "Colombia", "Chile"], "Marisela Cuenca Ibarra",
            "A loose network of brokers who arrange cocaine shipments through container ports on the Pacific."),
        new("Iron Valley Front", "the Iron Valley Front", "el Frente del Valle de Hierro", ["Peru", "Bolivia"], "Octavio Benavente Solís",
            "An armed group that taxes coca growers and guards drug flights in remote Andean valleys."),
        new("Silver Delta Syndicate", "the Silver Delta Syndicate", "el Sindicato del Delta de Plata", ["Argentina", "Uruguay", "Paraguay", "Brazil"], "Julián Ferreyra Acosta",
            "A river-port syndicate that ships cocaine to Europe and launders profits through real estate."),
        new("Jungle Route Command", "the Jungle Route Command", "el Comando de la Ruta Selvática", ["Brazil", "Venezuela", "Colombia", "Bolivia"], "Wanderley Matos Freire",
            "A prison-born faction that runs river routes, illegal gold mines and drug sales across the Amazon."),
        new("Highland Brotherhood", "the Highland Brotherhood", "la Hermandad del Altiplano", ["Bolivia", "Peru", "Chile"], "Rigoberto Cusi Mamani",
            "A smuggling clan that moves contraband, fuel and coca paste across the high plains."),
        new("Blue Harbor Gang", "the Blue Harbor Gang", "la Banda del Puerto Azul", ["Jamaica", "Trinidad and Tobago", "Haiti", "Dominican Republic"], "Desmond Carrow",
            "A Caribbean gang that trades guns for drugs and controls neighborhoods around busy harbors."),
        new("Isthmus Falcon Network", "the Isthmus Falcon Network", "la Red Halcón del Istmo", ["Panama", "Costa Rica", "Nicaragua", "Honduras"], "Aurelio Baptista Mena",
            "A logistics network that refuels drug boats and stores shipments along the Central American coast."),
        new("Twin Rivers Gang", "the Twin Rivers Gang", "la Pandilla de los Dos Ríos", ["Honduras", "Guatemala", "El Salvador", "Belize"], "Edwin Saravia Lemus",
            "A street gang turned extortion enterprise, with cliques in several Central American cities."),
        new("Eastern Plains Front", "the Eastern Plains Front", "el Frente de los Llanos Orientales", ["Venezuela", "Colombia"], "Nelson Guaramato Rivas",
            "An armed group on the Colombia-Venezuela border that profits from fuel smuggling, extortion and cocaine."),
    ];

    /// <summary>Group leaders who are also Person tags.</summary>
    internal static readonly string[] TaggedLeaders =
        ["Teodoro Almanza Ruiz", "Ramiro Quintana Ospina", "Marisela Cuenca Ibarra", "Julián Ferreyra Acosta", "Desmond Carrow"];

    internal static readonly Pair[] Drugs =
    [
        new("cocaine", "cocaína"),
        new("cocaine", "cocaína"),
        new("cocaine", "cocaína"),
        new("coca paste", "pasta base de cocaína"),
        new("marijuana", "marihuana"),
        new("methamphetamine", "metanfetamina"),
    ];

    internal static readonly Pair[] SyntheticDrugs = [new("methamphetamine", "metanfetamina"), new("fentanyl", "fentanilo")];

    internal static readonly Pair[] CocaDrugs = [new("cocaine", "cocaína"), new("cocaine", "cocaína"), new("coca paste", "pasta base de cocaína")];

    /// <summary>Topics where a drug seizure makes a natural opening.</summary>
    internal static readonly string[] DrugTopics = ["Cocaine", "Coca", "Synthetic Drugs", "Military", "Arms Trafficking"];

    internal static readonly AuthorSeed[] Authors =
    [
        new("Mariana Echeverri Toro", "Co-director", "Bogotá", "the Andes", 3),
        new("Thomas Whitcombe", "Co-director", "Washington", "Latin America", 3),
        new("Lucía Arbeláez Pinto", "Senior Investigator", "Medellín", "Colombia and Ecuador", 5),
        new("Daniel Okafor-Reyes", "Senior Investigator", "Mexico City", "Mexico and the US border", 5),
        new("Hernán Castellví", "Senior Investigator", "Buenos Aires", "the Southern Cone", 4),
        new("Sofía Quiroga Llanos", "Investigative Researcher", "Lima", "Peru and Bolivia", 4),
        new("Aaron Blackwood", "Investigative Researcher", "Kingston", "the Caribbean", 3),
        new("Valentina Ruiz-Sarmiento", "Investigative Researcher", "Tegucigalpa", "Central America", 4),
        new("Matías Goldberg Paz", "Investigative Researcher", "Santiago", "Chile and Argentina", 3),
        new("Camila Aranda Vélez", "Investigative Researcher", "Quito", "Ecuador's ports", 4),
        new("Rebecca Thornbury", "Editor", "Washington", "the region", 2),
        new("Joaquín Medrano Salas", "Editor", "Bogotá", "the region", 2),
        new("Patricia Llorente", "Editor", "Mexico City", "Mexico and Central America", 2),
        new("Iván Sepúlveda Núñez", "Data Analyst", "Bogotá", "the region", 2),
        new("Hannah Liebermann", "Data Analyst", "Washington", "the region", 2),
        new("Gabriel Mondragón", "Contributor", "Guadalajara", "western Mexico", 1),
        new("Fiona Gallagher-Ríos", "Contributor", "San José", "Costa Rica and Panama", 1),
        new("Andrés Pimentel Cuéllar", "Contributor", "Caracas", "Venezuela", 1),
        new("Oliver Pennington", "Contributor", "Port of Spain", "the eastern Caribbean", 1),
        new("Renata Albuquerque Souza", "Contributor", "Manaus", "the Brazilian Amazon", 1),
        new("Esteban Villalba Roa", "Contributor", "Asunción", "the tri-border area", 1),
        new("Nadia Castañeda", "Contributor", "Guatemala City", "Guatemala and Belize", 1),
        new("Samuel Achterberg", "Contributor", "Miami", "Florida and the Caribbean", 1),
        new("Ximena Urquiza Lara", "Contributor", "La Paz", "the Bolivian lowlands", 1),
        new("Jean-Marc Delacroix", "Contributor", "Port-au-Prince", "Haiti and the Dominican Republic", 1),
    ];

    internal static readonly string[] BioOpenings =
    [
        "{0} is {1} based in {2}.",
        "{0} works as {1} from {2}.",
        "{0} joined the team as {1} and lives in {2}.",
    ];

    internal static readonly string[] BioFocus =
    [
        "{0}'s reporting focuses on {1} in {2}.",
        "{0} covers {1}, with a particular interest in {2}.",
        "{0} has spent years documenting {1} across {2}.",
    ];

    internal static readonly string[] BioBackground =
    [
        "Before joining, {0} was a crime reporter for a regional newspaper.",
        "{0} previously worked as a researcher for a human rights organization.",
        "{0} holds a degree in political science and works in English and Spanish.",
        "{0} spent several years as a court reporter before turning to investigations.",
        "{0} trained as an economist and follows the money behind criminal groups.",
    ];

    // Topic sets for headlines that only read well with some topics (declared before Headlines, which uses them).
    private static readonly string[] SeizureTopics = ["Cocaine", "Coca", "Synthetic Drugs", "Money Laundering", "Corruption", "Military", "Arms Trafficking"];
    private static readonly string[] LabTopics = ["Cocaine", "Coca", "Synthetic Drugs"];
    private static readonly string[] MilitaryTopics =
        ["Cocaine", "Coca", "Military", "Illegal Mining", "Environmental Crime", "Arms Trafficking", "Migrant Smuggling", "Synthetic Drugs", "Extortion", "Security Policy"];
    private static readonly string[] TurfTopics =
        ["Cocaine", "Coca", "Security Policy", "Extortion", "Illegal Mining", "Migrant Smuggling", "Synthetic Drugs", "Arms Trafficking", "Environmental Crime"];
    private static readonly string[] RacketTopics =
        ["Extortion", "Illegal Mining", "Migrant Smuggling", "Synthetic Drugs", "Human Trafficking", "Kidnapping", "Environmental Crime", "Money Laundering", "Arms Trafficking", "Security Policy"];
    private static readonly string[] ViolenceTopics = ["Prisons", "Extortion", "Homicides", "Security Policy", "Kidnapping"];
    private static readonly string[] PrisonTopics = ["Prisons", "Extortion", "Homicides"];
    private static readonly string[] FinanceTopics = ["Money Laundering", "Corruption", "Cocaine", "Synthetic Drugs"];
    private static readonly string[] RouteTopics = ["Cocaine", "Synthetic Drugs", "Arms Trafficking", "Migrant Smuggling"];
    private static readonly string[] VictimTopics = ["Human Trafficking", "Migrant Smuggling", "Kidnapping"];
    private static readonly string[] RaidTopics = ["Cocaine", "Synthetic Drugs", "Arms Trafficking", "Security Policy"];
    private static readonly string[] GovernanceTopics = ["Extortion", "Security Policy", "Homicides", "Illegal Mining", "Coca", "Kidnapping"];

    // Placeholders: {country} {poss} {place} {topic} {group} {person} {drug} {country2} and the numbers {kilos}
    // {arrests} {officials} {percent} {murders} {amount} {year} {interviews}. English titles are title-cased later.
    internal static readonly Headline[] Headlines =
    [
        new(ArticleType.News, Angle.Seizure,
            new("Authorities in {country} seize record haul in blow to {group}", "Autoridades de {country} incautan un cargamento récord en un golpe a {group}"),
            new("Security forces in {country} seized a record shipment of {drug} tied to {group}, exposing how the group moves drugs through {place}.",
                "Las fuerzas de seguridad de {country} incautaron un cargamento récord de {drug} vinculado a {group}, lo que revela cómo el grupo mueve droga a través de {place}."),
            Topics: SeizureTopics),
        new(ArticleType.Brief, Angle.Seizure,
            new("Police in {country} intercept {drug} shipment bound for {country2}", "La policía de {country} intercepta un cargamento de {drug} con destino a {country2}"),
            new("Police in {country} intercepted {kilos} kilograms of {drug} headed for {country2}, one of the largest seizures of the year.",
                "La policía de {country} interceptó {kilos} kilogramos de {drug} con destino a {country2}, una de las mayores incautaciones del año."),
            Topics: SeizureTopics),
        new(ArticleType.Brief, Angle.Policy,
            new("{country} weighs larger military role against {topic}", "{country} evalúa un mayor papel militar contra {topic}"),
            new("Lawmakers in {country} are debating a bill that would give the armed forces new powers to confront {topic}, a shift that critics say carries serious risks.",
                "Legisladores de {country} debaten un proyecto de ley que daría a las fuerzas armadas nuevas facultades para enfrentar {topic}, un giro que según sus críticos conlleva graves riesgos."),
            Topics: MilitaryTopics),
        new(ArticleType.News, Angle.Policy,
            new("{country} unveils new strategy to tackle {topic}", "{country} presenta una nueva estrategia para enfrentar {topic}"),
            new("The government of {country} announced a new plan against {topic}, pairing more police with promised investment in {place}.",
                "El gobierno de {country} anunció un nuevo plan contra {topic}, que combina más presencia policial con inversiones prometidas en {place}.")),
        new(ArticleType.Brief, Angle.Policy,
            new("Lawmakers in {country} push tougher penalties for {topic}", "Legisladores de {country} impulsan penas más duras contra {topic}"),
            new("A bill in {country} would raise prison terms for {topic}, though experts doubt that harsher sentences alone will curb the trade.",
                "Un proyecto de ley en {country} elevaría las penas de prisión por {topic}, aunque los expertos dudan de que castigos más severos basten para frenar el negocio."),
            Topics: RacketTopics),
        new(ArticleType.News, Angle.Violence,
            new("Violence flares in {country} as {group} fights for control", "Se recrudece la violencia en {country} mientras {group} lucha por el control"),
            new("A wave of killings in {place} points to a new struggle between {group} and its rivals over trafficking routes in {country}.",
                "Una ola de asesinatos en {place} apunta a una nueva disputa entre {group} y sus rivales por las rutas del narcotráfico en {country}."),
            Topics: TurfTopics),
        new(ArticleType.Brief, Angle.Violence,
            new("Homicides climb in {place} amid turf war over {topic}", "Aumentan los homicidios en {place} en medio de una guerra por el control de {topic}"),
            new("Murders in {place} have risen sharply this year as criminal groups compete over {topic}, according to official figures.",
                "Los asesinatos en {place} han aumentado con fuerza este año mientras los grupos criminales se disputan {topic}, según cifras oficiales."),
            Topics: TurfTopics),
        new(ArticleType.Brief, Angle.Justice,
            new("Prosecutors in {country} charge officials over links to {topic}", "La fiscalía de {country} acusa a funcionarios por sus vínculos con {topic}"),
            new("{officials} officials in {country} face charges of protecting a network dedicated to {topic}, in one of the country's largest corruption cases in years.",
                "{officials} funcionarios de {country} enfrentan cargos por proteger a una red dedicada a {topic}, en uno de los mayores casos de corrupción del país en años.")),
        new(ArticleType.News, Angle.Justice,
            new("{country} arrests alleged financier of {group}", "{country} detiene a un presunto financista de {group}"),
            new("Police in {country} arrested a man accused of managing money for {group}. The case could shed light on how the group launders its profits.",
                "La policía de {country} detuvo a un hombre acusado de administrar el dinero de {group}. El caso podría revelar cómo el grupo lava sus ganancias."),
            Topics: FinanceTopics),
        new(ArticleType.Brief, Angle.Expansion,
            new("{group} expands into {topic} in {country}", "{group} se expande hacia {topic} en {country}"),
            new("An intelligence assessment indicates that {group} has moved into {topic} in {country}, diversifying its income beyond its traditional business.",
                "Una evaluación de inteligencia indica que {group} ha incursionado en {topic} en {country}, diversificando sus ingresos más allá de su negocio tradicional."),
            Topics: RacketTopics),
        new(ArticleType.News, Angle.Expansion,
            new("Report links {group} to {topic} in {country}", "Un informe vincula a {group} con {topic} en {country}"),
            new("New evidence ties {group} to {topic} in several regions of {country}, among them {place}.",
                "Nuevas pruebas vinculan a {group} con {topic} en varias regiones de {country}, entre ellas {place}.")),
        new(ArticleType.Brief, Angle.Seizure,
            new("Security forces in {country} dismantle drug lab tied to {group}", "Fuerzas de seguridad desmantelan en {country} un laboratorio de droga vinculado a {group}"),
            new("Troops and police destroyed a laboratory in {place} that officials say processed {drug} for {group}.",
                "Militares y policías destruyeron un laboratorio en {place} que, según las autoridades, procesaba {drug} para {group}."),
            Topics: LabTopics),
        new(ArticleType.News, Angle.Seizure,
            new("Raids against {group} in {country} net {drug} and weapons", "Allanamientos contra {group} en {country} dejan incautaciones de {drug} y armas"),
            new("Raids in {place} netted {drug}, rifles and cash, and led to the arrest of {arrests} suspected members of {group}.",
                "Los allanamientos en {place} permitieron incautar {drug}, fusiles y dinero en efectivo, y terminaron con la detención de {arrests} presuntos integrantes de {group}."),
            Topics: RaidTopics),
        new(ArticleType.Brief, Angle.Justice,
            new("{country} extradites alleged member of {group} to {country2}", "{country} extradita a {country2} a un presunto integrante de {group}"),
            new("Authorities in {country} extradited a suspected member of {group} to {country2}, where he faces drug trafficking charges.",
                "Las autoridades de {country} extraditaron a {country2} a un presunto integrante de {group}, acusado de narcotráfico en ese país.")),
        new(ArticleType.Brief, Angle.Justice,
            new("Police in {country} rescue {arrests} victims of {topic}", "La policía de {country} rescata a {arrests} víctimas de {topic}"),
            new("Police in {country} freed {arrests} people held by a network accused of {topic} and detained several suspects in {place}.",
                "La policía de {country} liberó a {arrests} personas retenidas por una red acusada de {topic} y detuvo a varios sospechosos en {place}."),
            Topics: VictimTopics),
        new(ArticleType.News, Angle.Violence,
            new("Prison riot in {country} exposes grip of {group}", "Un motín carcelario en {country} expone el poder de {group}"),
            new("A deadly riot in a prison near {place} has revealed how {group} runs cellblocks and charges fees to other inmates.",
                "Un motín mortal en una cárcel cercana a {place} reveló cómo {group} controla pabellones y cobra cuotas a otros reclusos."),
            Topics: PrisonTopics),
        new(ArticleType.News, Angle.Policy,
            new("{country} declares state of emergency over {topic}", "{country} declara el estado de excepción por {topic}"),
            new("The government of {country} suspended some civil liberties in {place} for 60 days to confront {topic}, a measure critics call a short-term fix.",
                "El gobierno de {country} suspendió algunas garantías en {place} durante 60 días para enfrentar {topic}, una medida que sus críticos consideran un parche temporal."),
            Topics: ViolenceTopics),
        new(ArticleType.Brief, Angle.Policy,
            new("{country} and {country2} agree to share intelligence on {topic}", "{country} y {country2} acuerdan compartir inteligencia sobre {topic}"),
            new("The governments of {country} and {country2} signed an agreement to exchange information on {topic}, though similar deals have stalled in the past.",
                "Los gobiernos de {country} y {country2} firmaron un acuerdo para intercambiar información sobre {topic}, aunque pactos similares se han estancado en el pasado.")),
        new(ArticleType.Brief, Angle.Expansion,
            new("{group} shifts shipments through {country}", "{group} desvía sus cargamentos a través de {country}"),
            new("Seizures and intelligence reports suggest that {group} is moving more shipments through {country} as pressure grows elsewhere.",
                "Las incautaciones y los informes de inteligencia sugieren que {group} está desviando más cargamentos a través de {country} ante la presión en otros lugares."),
            Topics: RouteTopics),
        new(ArticleType.Analysis, Angle.Any,
            new("Why {poss} crackdown on {topic} keeps falling short", "Por qué la ofensiva de {country} contra {topic} no da resultados"),
            new("Years of arrests and seizures have not reduced {topic} in {country}. The reasons lie in corruption, weak courts and resilient criminal economies.",
                "Años de detenciones e incautaciones no han reducido {topic} en {country}. Las razones están en la corrupción, la debilidad judicial y la resiliencia de las economías criminales.")),
        new(ArticleType.Analysis, Angle.Any,
            new("How {group} turned {topic} into a business model", "Cómo {group} convirtió {topic} en un modelo de negocio"),
            new("{group} has built a profitable operation around {topic} in {country}. We examine how it works and why it has proven so hard to dismantle.",
                "{group} ha construido un negocio rentable en torno a {topic} en {country}. Analizamos cómo funciona y por qué ha resultado tan difícil desmantelarlo."),
            Topics: RacketTopics),
        new(ArticleType.Analysis, Angle.Any,
            new("The hidden economy of {topic} in {country}", "La economía oculta de {topic} en {country}"),
            new("Behind the headlines on {topic} in {country} lies a vast informal economy that sustains entire communities and the groups that control them.",
                "Detrás de los titulares sobre {topic} en {country} hay una vasta economía informal que sostiene a comunidades enteras y a los grupos que las controlan.")),
        new(ArticleType.Analysis, Angle.Any,
            new("Inside the rise of {group} in {country}", "El ascenso de {group} en {country}"),
            new("In just a few years, {group} has become one of the most powerful criminal actors in {country}. Its rise says much about the state's blind spots.",
                "En pocos años, {group} se ha convertido en uno de los actores criminales más poderosos de {country}. Su ascenso dice mucho de los puntos ciegos del Estado.")),
        new(ArticleType.Analysis, Angle.Policy,
            new("What the military can and cannot do against {topic} in {country}", "Lo que los militares pueden y no pueden hacer contra {topic} en {country}"),
            new("{country} is again turning to its armed forces to confront {topic}. History suggests the results will depend on what comes after the troops.",
                "{country} recurre de nuevo a sus fuerzas armadas para enfrentar {topic}. La historia sugiere que los resultados dependerán de lo que venga después de las tropas."),
            Topics: MilitaryTopics),
        new(ArticleType.Analysis, Angle.Any,
            new("{topic} in {country}: five trends to watch", "{topic} en {country}: cinco tendencias a seguir"),
            new("From new routes to new alliances, these are the shifts in {topic} in {country} that will shape the year ahead.",
                "De nuevas rutas a nuevas alianzas, estos son los cambios en {topic} en {country} que marcarán el próximo año.")),
        new(ArticleType.Investigation, Angle.Justice,
            new("Investigation: how {group} infiltrated local government in {country}", "Investigación: cómo {group} se infiltró en los gobiernos locales de {country}"),
            new("A months-long investigation traces how {group} placed allies in municipal offices across {place} to protect its stake in {topic}.",
                "Una investigación de varios meses reconstruye cómo {group} colocó aliados en alcaldías de {place} para proteger su negocio de {topic}.")),
        new(ArticleType.Investigation, Angle.Any,
            new("The money trail behind {topic} in {country}", "La ruta del dinero detrás de {topic} en {country}"),
            new("Court records and corporate filings reveal how profits from {topic} in {country} are moved through front companies and family members.",
                "Expedientes judiciales y registros empresariales revelan cómo las ganancias de {topic} en {country} se mueven a través de empresas fachada y familiares.")),
        new(ArticleType.Investigation, Angle.Justice,
            new("Prison empire: how {person} runs {group} from behind bars", "Imperio carcelario: cómo {person} dirige {group} desde la cárcel"),
            new("Our investigation shows how {person}, the alleged leader of {group}, continues to give orders from a prison cell in {country}.",
                "Nuestra investigación muestra cómo {person}, presunto líder de {group}, sigue dando órdenes desde una celda en {country}."),
            Topics: PrisonTopics),
        new(ArticleType.Investigation, Angle.Expansion,
            new("Ghost firms and cash couriers: inside the finances of {group}", "Empresas fantasma y correos de efectivo: las finanzas de {group}"),
            new("Using leaked ledgers and interviews with former members, we reconstruct how {group} finances its operations in {country}.",
                "A partir de libros contables filtrados y entrevistas con exintegrantes, reconstruimos cómo {group} financia sus operaciones en {country}."),
            Topics: FinanceTopics),
        new(ArticleType.Report, Angle.Any,
            new("Report: mapping {topic} in {country}", "Informe: el mapa de {topic} en {country}"),
            new("Our new report maps the actors, routes and profits behind {topic} in {country}, based on fieldwork and official data.",
                "Nuestro nuevo informe traza el mapa de los actores, las rutas y las ganancias detrás de {topic} en {country}, a partir de trabajo de campo y datos oficiales.")),
        new(ArticleType.Report, Angle.Any,
            new("Special report: the state of {topic} in {country}", "Informe especial: la situación de {topic} en {country}"),
            new("A special report assesses the evolution of {topic} in {country} since {year} and what policymakers can do about it.",
                "Un informe especial evalúa la evolución de {topic} en {country} desde {year} y qué pueden hacer las autoridades al respecto.")),
        new(ArticleType.Report, Angle.Violence,
            new("Report: criminal governance in {place}", "Informe: gobernanza criminal en {place}"),
            new("In parts of {place}, armed groups set curfews, settle disputes and collect taxes. Our report examines how this criminal governance works.",
                "En partes de {place}, los grupos armados imponen toques de queda, resuelven disputas y cobran impuestos. Nuestro informe examina cómo funciona esta gobernanza criminal."),
            Topics: GovernanceTopics),
        new(ArticleType.Organization, Angle.Organization,
            new("We launch a new report on {topic} in {country}", "Lanzamos un nuevo informe sobre {topic} en {country}"),
            new("Our latest report, the product of a year of fieldwork, examines {topic} in {country} and is free to download.",
                "Nuestro informe más reciente, fruto de un año de trabajo de campo, analiza {topic} en {country} y puede descargarse gratis."),
            [
                new("Our team has published a new report on {topic} in {country}, the result of more than a year of field research.",
                    "Nuestro equipo publicó un nuevo informe sobre {topic} en {country}, fruto de más de un año de investigación de campo."),
                new("The report draws on more than {interviews} interviews and will be presented at a public event with researchers, journalists and officials.",
                    "El informe se basa en más de {interviews} entrevistas y se presentará en un evento público con investigadores, periodistas y funcionarios."),
                new("It includes maps of trafficking routes, profiles of the main groups and recommendations for policymakers.",
                    "Incluye mapas de las rutas del tráfico, perfiles de los principales grupos y recomendaciones para las autoridades."),
            ]),
        new(ArticleType.Organization, Angle.Organization,
            new("Our investigation into {group} wins regional journalism award", "Nuestra investigación sobre {group} gana un premio regional de periodismo"),
            new("The jury recognized our reporting on {group} for its depth and its use of public records.",
                "El jurado reconoció nuestra cobertura sobre {group} por su profundidad y el uso de registros públicos."),
            [
                new("Our investigation into {group} has received a regional journalism award for its use of court records and open data.",
                    "Nuestra investigación sobre {group} recibió un premio regional de periodismo por el uso de expedientes judiciales y datos abiertos."),
                new("The jury highlighted the team's work documenting how criminal networks infiltrate local institutions in {country}.",
                    "El jurado destacó el trabajo del equipo para documentar cómo las redes criminales se infiltran en las instituciones locales de {country}."),
                new("The series took more than a year to report and involved colleagues in several countries.",
                    "La serie requirió más de un año de reportería y contó con colegas en varios países."),
            ]),
        new(ArticleType.Organization, Angle.Organization,
            new("Join our online forum on {topic} in {country}", "Participe en nuestro foro en línea sobre {topic} en {country}"),
            new("Researchers and journalists from our team will discuss {topic} in {country} in a free public forum.",
                "Investigadores y periodistas de nuestro equipo debatirán sobre {topic} en {country} en un foro público y gratuito."),
            [
                new("We are hosting an online forum on {topic} in {country}, open to the public and free of charge.",
                    "Organizamos un foro en línea sobre {topic} en {country}, abierto al público y gratuito."),
                new("Speakers will include members of our investigative team and invited experts from the region.",
                    "Participarán integrantes de nuestro equipo de investigación y expertos invitados de la región."),
                new("Registration is open on our website, and a recording will be available afterward.",
                    "Las inscripciones están abiertas en nuestro sitio web y la grabación estará disponible después del evento."),
            ]),
        new(ArticleType.Organization, Angle.Organization,
            new("We launch an updated database of criminal groups in {country}", "Lanzamos una base de datos actualizada de grupos criminales en {country}"),
            new("Our updated database offers profiles, maps and timelines of the main criminal groups operating in {country}.",
                "Nuestra base de datos actualizada ofrece perfiles, mapas y cronologías de los principales grupos criminales que operan en {country}."),
            [
                new("We are launching an updated database of criminal groups active in {country}, with profiles, maps and timelines.",
                    "Lanzamos una base de datos actualizada de los grupos criminales activos en {country}, con perfiles, mapas y cronologías."),
                new("The new edition adds entries on {group} and several smaller networks that have emerged since {year}.",
                    "La nueva edición incorpora fichas sobre {group} y varias redes más pequeñas surgidas desde {year}."),
                new("Each profile is updated as our researchers confirm new information.",
                    "Cada perfil se actualiza a medida que nuestros investigadores confirman nueva información."),
            ]),
    ];

    /// <summary>Opening sentences, indexed by <see cref="Angle"/> minus one (Seizure … Expansion).</summary>
    internal static readonly Pair[][] Openings =
    [
        [
            new("Security forces in {country} seized {kilos} kilograms of {drug} this week in an operation that officials described as a major blow to {group}.",
                "Las fuerzas de seguridad de {country} incautaron esta semana {kilos} kilogramos de {drug} en un operativo que las autoridades describieron como un duro golpe contra {group}."),
            new("According to police, the shipment had been hidden in a container of fruit bound for {country2} and was detected during a routine inspection in {place}.",
                "Según la policía, el cargamento estaba oculto en un contenedor de fruta con destino a {country2} y fue detectado durante una inspección de rutina en {place}."),
            new("Officers also detained {arrests} people, including two port employees suspected of helping the network move drugs past customs.",
                "Los agentes también detuvieron a {arrests} personas, entre ellas dos empleados portuarios sospechosos de ayudar a la red a burlar los controles aduaneros."),
            new("Investigators said the network used front companies in {place} to register the cargo and pay local workers in cash.",
                "Los investigadores señalaron que la red utilizaba empresas fachada en {place} para registrar la carga y pagar en efectivo a trabajadores locales."),
            new("It was the largest seizure of its kind in {country} so far this year, the national police said in a statement.",
                "Se trata de la mayor incautación de este tipo en {country} en lo que va del año, según un comunicado de la policía nacional."),
            new("Authorities said the packages carried markings previously linked to {group}, suggesting the group still controls key parts of the route.",
                "Las autoridades indicaron que los paquetes tenían marcas vinculadas anteriormente a {group}, lo que sugiere que el grupo aún controla tramos clave de la ruta."),
        ],
        [
            new("The government of {country} has presented a plan that would expand the role of the armed forces in the fight against {topic}.",
                "El gobierno de {country} presentó un plan que ampliaría el papel de las fuerzas armadas en la lucha contra {topic}."),
            new("Under the proposal, soldiers would be allowed to detain suspects and search vehicles in areas under a state of emergency, including {place}.",
                "Según la propuesta, los soldados podrían detener a sospechosos y registrar vehículos en zonas declaradas en estado de emergencia, como {place}."),
            new("Lawmakers are expected to vote on the measure in the coming weeks, and the ruling coalition appears to have enough support to pass it.",
                "Se espera que el Congreso vote la medida en las próximas semanas, y la coalición oficialista parece contar con apoyos suficientes para aprobarla."),
            new("The interior minister said the plan would come with {amount} million dollars in new spending on intelligence and border control.",
                "El ministro del Interior afirmó que el plan irá acompañado de una inversión de {amount} millones de dólares en inteligencia y control fronterizo."),
            new("Human rights groups criticized the proposal, warning that it gives broad powers to security forces with little civilian oversight.",
                "Organizaciones de derechos humanos criticaron la propuesta y advirtieron que otorga amplios poderes a las fuerzas de seguridad con escaso control civil."),
            new("Police unions, by contrast, welcomed the plan, saying officers have been outgunned in recent clashes with armed groups.",
                "Los sindicatos de la policía, en cambio, celebraron el plan y afirmaron que los agentes han tenido menos armamento que los grupos armados en enfrentamientos recientes."),
        ],
        [
            new("At least {murders} people were killed in {place} over the past month as {group} and a rival faction fought for control of local trafficking routes.",
                "Al menos {murders} personas fueron asesinadas en {place} durante el último mes, en medio de la disputa entre {group} y una facción rival por el control de las rutas locales."),
            new("Residents reported curfews imposed by armed men, and several schools suspended classes after threats circulated on social media.",
                "Los vecinos denunciaron toques de queda impuestos por hombres armados, y varias escuelas suspendieron las clases tras la difusión de amenazas en redes sociales."),
            new("The national police sent reinforcements to the area, but local officials said the deployment had done little to stop the killings.",
                "La policía nacional envió refuerzos a la zona, pero funcionarios locales afirmaron que el despliegue apenas ha frenado los asesinatos."),
            new("Prosecutors attribute most of the attacks to hit men hired through intermediaries, a pattern that makes it harder to trace who gave the orders.",
                "La fiscalía atribuye la mayoría de los ataques a sicarios contratados a través de intermediarios, un patrón que dificulta rastrear quién dio las órdenes."),
            new("Homicides in {country} rose by {percent} percent in the first half of the year, according to official figures.",
                "Los homicidios en {country} aumentaron un {percent} por ciento en el primer semestre del año, según cifras oficiales."),
            new("Small business owners said they now pay weekly fees to armed groups simply to keep their doors open.",
                "Pequeños comerciantes aseguraron que ahora pagan cuotas semanales a grupos armados solo para poder mantener abiertos sus negocios."),
        ],
        [
            new("Prosecutors in {country} have charged {officials} public officials with taking bribes to protect a network involved in {topic}.",
                "La fiscalía de {country} acusó a {officials} funcionarios públicos de recibir sobornos para proteger a una red dedicada a {topic}."),
            new("Among those charged are two police commanders and a local judge who allegedly leaked information about upcoming raids.",
                "Entre los acusados figuran dos comandantes de la policía y un juez local que presuntamente filtraban información sobre allanamientos."),
            new("The case grew out of a two-year investigation that relied on intercepted phone calls and financial records.",
                "El caso surgió de una investigación de dos años basada en llamadas interceptadas y registros financieros."),
            new("Investigators say the payments were routed through relatives of {person}, whom they identify as a senior figure in {group}.",
                "Según los investigadores, los pagos se canalizaban a través de familiares de {person}, a quien identifican como una figura de alto rango de {group}."),
            new("A judge ordered most of the suspects held in pretrial detention while the case moves forward.",
                "Un juez ordenó la prisión preventiva para la mayoría de los sospechosos mientras avanza el proceso."),
            new("Defense lawyers deny the charges and say the evidence was obtained without proper judicial authorization.",
                "Los abogados defensores niegan los cargos y sostienen que las pruebas se obtuvieron sin la debida autorización judicial."),
        ],
        [
            new("{group} has moved into {topic} in {country}, according to a new intelligence assessment seen by our reporters.",
                "{group} ha incursionado en {topic} en {country}, según una nueva evaluación de inteligencia a la que tuvieron acceso nuestros periodistas."),
            new("The document describes cells of the group operating around {place}, where they recruit young people with cash payments and motorcycles.",
                "El documento describe células del grupo que operan en los alrededores de {place}, donde reclutan a jóvenes con pagos en efectivo y motocicletas."),
            new("Officials believe the group is diversifying its income as competition in its traditional markets grows.",
                "Las autoridades creen que el grupo busca diversificar sus ingresos ante la creciente competencia en sus mercados tradicionales."),
            new("The assessment also points to contacts between {group} and suppliers in {country2}.",
                "La evaluación también apunta a contactos entre {group} y proveedores en {country2}."),
            new("Local police said they lack the resources to monitor the group's activities in remote rural areas.",
                "La policía local reconoció que carece de recursos para vigilar las actividades del grupo en zonas rurales remotas."),
            new("In recent months, police seized weapons, cash and ledgers that point to a steady flow of revenue from the new business.",
                "En los últimos meses, la policía incautó armas, dinero en efectivo y libros contables que apuntan a un flujo constante de ingresos del nuevo negocio."),
        ],
    ];

    internal static readonly Pair[] Context =
    [
        new("{country} has long been a key link in the regional trade tied to {topic}, thanks to porous borders and a weak state presence in areas such as {place}.",
            "{country} ha sido durante años un eslabón clave del comercio regional vinculado a {topic}, gracias a fronteras porosas y a la débil presencia del Estado en zonas como {place}."),
        new("{group} emerged in the late 2010s from the remnants of older trafficking networks and has since built alliances with local gangs.",
            "{group} surgió a finales de la década de 2010 a partir de los restos de antiguas redes de tráfico y desde entonces ha tejido alianzas con pandillas locales."),
        new("Previous governments tried a mix of mass arrests and military deployments, with mixed results.",
            "Gobiernos anteriores ensayaron una combinación de detenciones masivas y despliegues militares, con resultados dispares."),
        new("Official data show that arrests related to {topic} have climbed steadily since {year}, but convictions remain rare.",
            "Los datos oficiales muestran que las detenciones relacionadas con {topic} han aumentado de forma sostenida desde {year}, pero las condenas siguen siendo escasas."),
        new("The area around {place} has seen repeated waves of violence as criminal groups compete over smuggling corridors.",
            "La zona de {place} ha sufrido sucesivas oleadas de violencia mientras los grupos criminales se disputan los corredores de contrabando."),
        new("Security analysts have warned for years that prisons in {country} work as command centers for criminal groups.",
            "Analistas de seguridad llevan años advirtiendo que las cárceles de {country} funcionan como centros de mando para los grupos criminales."),
        new("{person}, the alleged leader of {group}, has evaded capture for more than a decade.",
            "{person}, presunto líder de {group}, ha evadido su captura durante más de una década."),
        new("Criminal groups reinvest much of the profit from {topic} in real estate, cattle ranching and cash-heavy businesses.",
            "Los grupos criminales reinvierten buena parte de las ganancias de {topic} en bienes raíces, ganadería y negocios que manejan mucho efectivo."),
        new("{country2} faces a similar problem, a sign that these networks operate regionally rather than within one country.",
            "{country2} enfrenta un problema similar, señal de que estas redes operan a escala regional y no dentro de un solo país."),
        new("Remote airstrips and border crossings remain the preferred staging points for shipments leaving {country}.",
            "Las pistas clandestinas y los pasos fronterizos siguen siendo los puntos preferidos para preparar los cargamentos que salen de {country}."),
        new("In {place}, the police presence is thin, and many officers live in the same neighborhoods the groups control.",
            "En {place}, la presencia de la policía es escasa, y muchos agentes viven en los mismos barrios que controlan los grupos."),
    ];

    /// <summary>Context sentences that carry a link to our own topic or group pages.</summary>
    internal static readonly Pair[] LinkedContext =
    [
        new("Our earlier <a href=\"{topicHref}\">coverage of {topic} in {country}</a> documented how these networks adapted to previous crackdowns.",
            "Nuestra <a href=\"{topicHref}\">cobertura anterior sobre {topic} en {country}</a> documentó cómo estas redes se adaptaron a ofensivas previas."),
        new("Our <a href=\"{groupHref}\">profile of {group}</a> describes how the group grew from a local gang into a regional player.",
            "Nuestro <a href=\"{groupHref}\">perfil de {group}</a> describe cómo el grupo pasó de ser una pandilla local a un actor regional."),
    ];

    internal static readonly Pair[] Analysis =
    [
        new("The move reflects growing pressure on the government to show results against {topic} ahead of next year's elections.",
            "La medida refleja la creciente presión sobre el gobierno para mostrar resultados contra {topic} de cara a las elecciones del próximo año."),
        new("Experience across the region suggests that heavy-handed tactics rarely dismantle criminal economies on their own.",
            "La experiencia en la región indica que las tácticas de mano dura rara vez desmantelan por sí solas las economías criminales."),
        new("Groups like {group} have shown a remarkable ability to adapt, shifting routes and partners whenever pressure mounts in one place.",
            "Grupos como {group} han demostrado una notable capacidad de adaptación, cambiando rutas y socios cada vez que aumenta la presión en un lugar."),
        new("Seizures make for good headlines, yet they rarely touch the financial structures that keep these networks running.",
            "Las incautaciones generan buenos titulares, pero rara vez afectan a las estructuras financieras que sostienen a estas redes."),
        new("Corruption is the weak point: without complicit officials, it would be far harder to move goods and money across {country}.",
            "La corrupción es el punto débil: sin funcionarios cómplices, sería mucho más difícil mover mercancías y dinero a través de {country}."),
        new("Deploying troops may bring short-term calm, but soldiers are not trained to investigate, and abuses tend to follow.",
            "El despliegue de tropas puede traer calma a corto plazo, pero los soldados no están entrenados para investigar, y los abusos suelen aparecer."),
        new("There is also a risk that the crackdown splinters smaller cells, which has often led to more violence rather than less.",
            "También existe el riesgo de que la ofensiva fragmente a las células más pequeñas, algo que con frecuencia ha provocado más violencia y no menos."),
        new("Local economies in places like {place} depend heavily on illicit income, which makes alternatives a hard sell without sustained investment.",
            "Las economías locales de lugares como {place} dependen en gran medida de ingresos ilícitos, por lo que las alternativas son difíciles de promover sin una inversión sostenida."),
        new("The case also shows how prisons continue to serve as recruitment hubs, where leaders issue orders by phone.",
            "El caso también pone de manifiesto que las cárceles siguen siendo centros de reclutamiento, desde donde los cabecillas dan órdenes por teléfono."),
        new("For {group}, the real prize is control of logistics: ports, airstrips and the officials who look the other way.",
            "Para {group}, el verdadero botín es el control de la logística: puertos, pistas de aterrizaje y los funcionarios que miran hacia otro lado."),
        new("Demand abroad remains the engine of the business, and as long as prices hold, new players will step in to replace those arrested.",
            "La demanda en el exterior sigue siendo el motor del negocio y, mientras los precios se mantengan, nuevos actores ocuparán el lugar de los detenidos."),
        new("Authorities in {country} have rarely followed arrests with sustained efforts to trace and seize criminal assets.",
            "Las autoridades de {country} rara vez han acompañado las detenciones con esfuerzos sostenidos para rastrear y decomisar bienes de origen criminal."),
        new("The episode shows how the criminal economies tied to {topic} now overlap with others, from extortion to money laundering.",
            "El episodio muestra cómo las economías criminales vinculadas a {topic} se entrelazan ahora con otras, desde la extorsión hasta el lavado de dinero."),
        new("Without better coordination between police, prosecutors and financial intelligence units, such operations are likely to remain isolated successes.",
            "Sin una mejor coordinación entre la policía, la fiscalía y las unidades de inteligencia financiera, estas operaciones probablemente seguirán siendo éxitos aislados."),
        new("Data compiled by our researchers show that similar operations in {country} since {year} were followed by a rebound within months.",
            "Datos recopilados por nuestros investigadores muestran que, desde {year}, a operaciones similares en {country} les siguió un repunte en pocos meses."),
        new("The pattern is familiar: when one group is weakened, another moves in to take over its routes and its debts.",
            "El patrón es conocido: cuando un grupo se debilita, otro ocupa su lugar y se queda con sus rutas y sus deudas."),
    ];

    internal static readonly Pair[] Outlook =
    [
        new("The coming months will show whether the government can sustain the pressure or whether the effort fades once the headlines move on.",
            "Los próximos meses mostrarán si el gobierno puede mantener la presión o si el esfuerzo se diluye cuando los titulares cambien de tema."),
        new("Much will depend on whether prosecutors can turn arrests into convictions that reach the group's financiers.",
            "Mucho dependerá de que la fiscalía logre convertir las detenciones en condenas que alcancen a los financistas del grupo."),
        new("Analysts expect {group} to respond by moving part of its operations toward {country2}, as it has done in the past.",
            "Los analistas prevén que {group} responda trasladando parte de sus operaciones hacia {country2}, como ya lo hizo en el pasado."),
        new("Regional cooperation, including intelligence sharing with {country2}, will be essential to keep the problem from simply moving elsewhere.",
            "La cooperación regional, incluido el intercambio de inteligencia con {country2}, será clave para evitar que el problema simplemente se traslade a otro lugar."),
        new("Civil society groups in {place} have called for social programs to accompany any security operation.",
            "Organizaciones de la sociedad civil en {place} han pedido que cualquier operativo de seguridad vaya acompañado de programas sociales."),
        new("For now, residents say they see little change in daily life, where the rules are still set by armed men.",
            "Por ahora, los vecinos dicen que perciben pocos cambios en su vida diaria, donde las reglas siguen dictándolas hombres armados."),
        new("Officials have promised to present a progress report to Congress within six months.",
            "Las autoridades prometieron presentar un informe de avances ante el Congreso en un plazo de seis meses."),
        new("We will continue to follow the case as it moves through the courts.",
            "Seguiremos de cerca el caso a medida que avance en los tribunales."),
    ];

    internal static readonly Pair[] Quotes =
    [
        new("“We are not fighting a gang; we are fighting an economy,” a senior police officer in {place} told us on condition of anonymity.",
            "“No estamos combatiendo a una pandilla, estamos combatiendo a una economía”, nos dijo un alto oficial de la policía en {place} que pidió no ser identificado."),
        new("“Every time they arrest a boss, two more appear the next day,” said a community leader in {place}.",
            "“Cada vez que detienen a un jefe, al día siguiente aparecen dos más”, afirmó un líder comunitario de {place}."),
        new("“The money is the key. If you don't follow it, you are only arresting the foot soldiers,” said a former prosecutor.",
            "“El dinero es la clave. Si no se le sigue el rastro, solo se detiene a los eslabones más bajos”, dijo un exfiscal."),
        new("“People here don't call the police. They call the group,” a shop owner said.",
            "“Aquí la gente no llama a la policía. Llama al grupo”, dijo el dueño de una tienda."),
        new("“We need judges and accountants as much as we need soldiers,” a security analyst in {country} said.",
            "“Necesitamos jueces y contadores tanto como soldados”, señaló un analista de seguridad en {country}."),
        new("“The routes change, but the business stays the same,” a customs official explained.",
            "“Las rutas cambian, pero el negocio sigue siendo el mismo”, explicó un funcionario de aduanas."),
    ];

    internal static readonly Pair ListIntro = new("Among the main findings:", "Entre los principales hallazgos:");

    internal static readonly Pair[] ListItems =
    [
        new("{total} kilograms of {drug} seized since {year}", "{total} kilogramos de {drug} incautados desde {year}"),
        new("At least {arrests} suspected members of {group} detained", "Al menos {arrests} presuntos integrantes de {group} detenidos"),
        new("{officials} officials under investigation for collusion", "{officials} funcionarios investigados por colusión"),
        new("A {percent} percent rise in homicides in {place}", "Un aumento del {percent} por ciento de los homicidios en {place}"),
        new("Front companies registered in {country2}", "Empresas fachada registradas en {country2}"),
        new("New routes linking {place} with ports on the Pacific", "Nuevas rutas que conectan {place} con puertos del Pacífico"),
        new("Cash payments to police officers at key checkpoints", "Pagos en efectivo a agentes de policía en puestos de control clave"),
        new("Encrypted messaging apps used to coordinate shipments", "Aplicaciones de mensajería cifrada para coordinar los envíos"),
        new("Teenagers recruited as lookouts and couriers", "Adolescentes reclutados como vigilantes y mensajeros"),
        new("{amount} million dollars in assets frozen", "{amount} millones de dólares en bienes congelados"),
    ];

    internal static readonly Pair[] Methodology =
    [
        new("This report draws on more than {interviews} interviews with police officers, prosecutors, community leaders and former members of criminal groups.",
            "Este informe se basa en más de {interviews} entrevistas con policías, fiscales, líderes comunitarios y exintegrantes de grupos criminales."),
        new("Our team also reviewed court files, official seizure statistics and budget documents covering the period since {year}.",
            "Nuestro equipo también revisó expedientes judiciales, estadísticas oficiales de incautaciones y documentos presupuestarios correspondientes al período posterior a {year}."),
        new("Fieldwork took place in {place} and in the capital over several months.",
            "El trabajo de campo se realizó en {place} y en la capital a lo largo de varios meses."),
        new("The names of some sources have been withheld for their safety.",
            "Se han omitido los nombres de algunas fuentes por motivos de seguridad."),
        new("Figures on seizures and homicides were cross-checked against data from independent monitors.",
            "Las cifras de incautaciones y homicidios se contrastaron con datos de observatorios independientes."),
    ];

    /// <summary>Closing sentences for news about ourselves.</summary>
    internal static readonly Pair[] OrganizationGeneral =
    [
        new("All of our content may be republished for non-commercial purposes, with credit in the byline and a link to the original.",
            "Todo nuestro contenido puede republicarse con fines no comerciales, con el crédito en la firma y un enlace al original."),
        new("This work was made possible by the support of readers and partner organizations.",
            "Este trabajo fue posible gracias al apoyo de nuestros lectores y organizaciones aliadas."),
        new("Readers can send comments and corrections through our contact page.",
            "Los lectores pueden enviar comentarios y correcciones a través de nuestra página de contacto."),
        new("Our researchers have followed organized crime in {country} for more than a decade, with a network of reporters across the region.",
            "Nuestros investigadores siguen el crimen organizado en {country} desde hace más de una década, con una red de periodistas en toda la región."),
        new("The full archive of our coverage of {topic} is available in English and Spanish.",
            "El archivo completo de nuestra cobertura sobre {topic} está disponible en inglés y en español."),
        new("Our reporting relies on public records, interviews and data shared by partner organizations across the region.",
            "Nuestra cobertura se basa en registros públicos, entrevistas y datos compartidos por organizaciones aliadas de toda la región."),
        new("Journalists and researchers who want to use our material can write to our editors for guidance.",
            "Los periodistas e investigadores que deseen usar nuestro material pueden escribir a nuestros editores para recibir orientación."),
    ];

    internal static readonly Pair OrganizationLink =
        new("<a href=\"{projectHref}\">Read more about the project</a> on our website.", "<a href=\"{projectHref}\">Más información sobre el proyecto</a> en nuestro sitio web.");

    internal static readonly Pair AnalysisHeading = new("Analysis", "Análisis");
    internal static readonly Pair BackgroundHeading = new("Background", "Contexto");
    internal static readonly Pair OutlookHeading = new("What Comes Next", "Qué viene ahora");
    internal static readonly Pair SchemeHeading = new("How the Scheme Worked", "Cómo funcionaba el esquema");
    internal static readonly Pair FindingsHeading = new("Key Findings", "Hallazgos clave");
    internal static readonly Pair MethodologyHeading = new("Methodology", "Metodología");
    internal static readonly Pair AboutHeading = new("About Our Work", "Sobre nuestro trabajo");

    internal static readonly Pair[] ExternalLinks =
    [
        new("Dataset: seizures in {country} since {year}", "Datos: incautaciones en {country} desde {year}"),
        new("Court ruling on {group}", "Fallo judicial sobre {group}"),
        new("Government plan against {topic}", "Plan del gobierno contra {topic}"),
        new("Independent monitor: homicides in {place}", "Observatorio independiente: homicidios en {place}"),
    ];
}
