using ContentApi.Infrastructure.Caching;

namespace ContentApi.Features.Articles;

/// <summary>The surrogate keys of what an article response shows: the article, its tags and its authors.</summary>
public static class ArticleSurrogateKeys
{
    public static void AddFor(HttpContext http, IEnumerable<ArticleResponse> articles)
    {
        foreach (var article in articles)
        {
            SurrogateKeys.Add(http, [$"article:{article.Id}", .. article.Tags.Select(tag => $"tag:{tag.Slug}"), .. article.Authors.Select(author => $"author:{author.Slug}")]);
        }
    }
}
