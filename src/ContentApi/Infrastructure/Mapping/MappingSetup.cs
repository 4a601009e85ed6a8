using Mapster;

namespace ContentApi.Infrastructure.Mapping;

/// <summary>
/// The Mapster configuration: every feature's <see cref="IRegister"/>, found by scanning. Mappings must be declared
/// and every destination member must have a source, so a renamed property fails the mapping test, not a request.
/// </summary>
public static class MappingSetup
{
    public static TypeAdapterConfig Config { get; } = Build();

    public static TypeAdapterConfig Build()
    {
        var config = new TypeAdapterConfig
        {
            RequireExplicitMapping = true,
            RequireDestinationMemberSource = true,
        };
        config.Scan(typeof(MappingSetup).Assembly);
        return config;
    }

    /// <summary>Maps with the service's configuration.</summary>
    public static TDestination MapTo<TDestination>(this object source) => source.Adapt<TDestination>(Config);
}
