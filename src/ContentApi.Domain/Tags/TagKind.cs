namespace ContentApi.Domain.Tags;

public enum TagKind
{
    Country,
    Topic,

    /// <summary>A criminal group.</summary>
    Group,
    Person,
}
