namespace ContentApi.Domain.Authors;

/// <summary>A link on an author's profile ("X", "Website" …).</summary>
public sealed record AuthorLink(string Label, string Url);

public sealed class Author
{
    private Author()
    {
    }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Bio { get; private set; } = "";

    /// <summary>What the author does here: "Senior Investigator", "Contributor" …</summary>
    public string Role { get; private set; } = "";
    public string? AvatarUrl { get; private set; }
    public List<AuthorLink> Links { get; private set; } = [];
    public DateTime UpdatedAt { get; private set; }

    public static Author Create(Guid id, string slug, string name, string bio, string role, string? avatarUrl, IEnumerable<AuthorLink> links, DateTime now)
    {
        var author = new Author { Id = id };
        author.Update(slug, name, bio, role, avatarUrl, links, now);
        return author;
    }

    public void Update(string slug, string name, string bio, string role, string? avatarUrl, IEnumerable<AuthorLink> links, DateTime now)
    {
        Slug = slug;
        Name = name;
        Bio = bio;
        Role = role;
        AvatarUrl = avatarUrl;
        Links = [.. links];
        UpdatedAt = now;
    }
}
