using System.Net;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>
/// The licence asks republishers to credit the byline and link to the original at the top and the bottom of the
/// piece; feeds carry the body already wrapped that way, so copying the entry as it is complies.
/// </summary>
public static class Attribution
{
    public const string CssClass = "contentapi-attribution";

    /// <summary>"By Ana Reporter and Luis Editor for the Newsroom. Originally published at … Licensed under …".</summary>
    public static string Block(ArticleResponse article, SiteOptions site)
    {
        var byline = Names(article.Authors.Select(author => author.Name).ToList());
        var canonical = WebUtility.HtmlEncode(article.CanonicalUrl);
        var by = byline.Length > 0 ? $"By {WebUtility.HtmlEncode(byline)} for " : "Published by ";
        return $"<p class=\"{CssClass}\">{by}{WebUtility.HtmlEncode(site.PublisherName)}. "
               + $"Originally published at <a href=\"{canonical}\">{canonical}</a>. "
               + $"Licensed under <a href=\"{WebUtility.HtmlEncode(site.LicenseUrl)}\" rel=\"license\">{WebUtility.HtmlEncode(site.LicenseName)}</a>.</p>";
    }

    /// <summary>The body between two attribution blocks.</summary>
    public static string Wrap(ArticleResponse article, SiteOptions site)
    {
        var block = Block(article, site);
        return $"{block}\n{article.BodyHtml}\n{block}";
    }

    private static string Names(List<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
