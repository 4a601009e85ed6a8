namespace ContentApi.Domain.Tags;

public sealed class Tag
{
    private Tag()
    {
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public TagKind Kind { get; private set; }
    public string Description { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public static Tag Create(Guid id, string slug, string name, TagKind kind, string description, DateTime now)
    {
        var tag = new Tag { Id = id };
        tag.Update(slug, name, kind, description, now);
        return tag;
    }

    public void Update(string slug, string name, TagKind kind, string description, DateTime now)
    {
        Slug = slug;
        Name = name;
        Kind = kind;
        Description = description;
        UpdatedAt = now;
    }
}
