namespace ContentApi.Features.Articles.Listing;

/// <summary>The author or tag page a list belongs to, on top of its own filters.</summary>
public sealed record ArticleScope(string Key, Guid? AuthorId = null, Guid? TagId = null)
{
    public static readonly ArticleScope All = new("all");

    public static ArticleScope OfAuthor(Guid id) => new($"author:{id:N}", AuthorId: id);

    public static ArticleScope OfTag(Guid id) => new($"tag:{id:N}", TagId: id);
}
