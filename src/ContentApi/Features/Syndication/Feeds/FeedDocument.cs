using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ContentApi.Features.Articles;
using ContentApi.Infrastructure.Site;

namespace ContentApi.Features.Syndication.Feeds;

/// <summary>What a feed says about itself, whatever its format.</summary>
public sealed record FeedHeader(string Title, string Description, string SelfUrl, string? Language, DateTime? Updated);

/// <summary>Writes RSS 2.0 and Atom 1.0 with System.ServiceModel.Syndication (escaping and dates are its job, not ours).</summary>
public static class FeedDocument
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Rss(FeedHeader header, IReadOnlyList<ArticleResponse> articles, SiteOptions site)
    {
        var feed = Feed(header, site, articles.Select(article => RssItem(article, site)));
        feed.AttributeExtensions.Add(new XmlQualifiedName("content", "http://www.w3.org/2000/xmlns/"), Content.NamespaceName);
        feed.AttributeExtensions.Add(new XmlQualifiedName("dc", "http://www.w3.org/2000/xmlns/"), DublinCore.NamespaceName);
        feed.AttributeExtensions.Add(new XmlQualifiedName("atom", "http://www.w3.org/2000/xmlns/"), AtomNamespace.NamespaceName);

        // RSS 2.0 has no self link; feed validators and readers look for Atom's.
        feed.ElementExtensions.Add(new XElement(AtomNamespace + "link",
            new XAttribute("href", header.SelfUrl), new XAttribute("rel", "self"), new XAttribute("type", "application/rss+xml")));
        return Write(writer => new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer));
    }

    public static byte[] Atom(FeedHeader header, IReadOnlyList<ArticleResponse> articles, SiteOptions site)
    {
        var feed = Feed(header, site, articles.Select(article => AtomItem(article, site)));
        feed.Id = header.SelfUrl;
        feed.Authors.Add(new SyndicationPerson(null, site.PublisherName, site.BaseUrl));
        return Write(writer => new Atom10FeedFormatter(feed).WriteTo(writer));
    }

    private static SyndicationFeed Feed(FeedHeader header, SiteOptions site, IEnumerable<SyndicationItem> items)
    {
        var feed = new SyndicationFeed(header.Title, header.Description, new Uri(site.BaseUrl), items)
        {
            Language = header.Language,
            Copyright = new TextSyndicationContent($"{site.LicenseName} ({site.LicenseUrl})"),
            Generator = "ContentApi",
            LastUpdatedTime = header.Updated ?? DateTime.UnixEpoch,
        };
        feed.Links.Add(new SyndicationLink(new Uri(header.SelfUrl), "self", header.Title, null, 0));
        return feed;
    }

    /// <summary>
    /// RSS has no element for HTML content or for authors without e-mail addresses: the full body goes in
    /// <c>content:encoded</c>, the byline in <c>dc:creator</c>, as feed readers expect.
    /// </summary>
    private static SyndicationItem RssItem(ArticleResponse article, SiteOptions site)
    {
        var item = Item(article);
        item.Summary = new TextSyndicationContent(article.Summary);
        foreach (var tag in article.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag.Name));
        }

        foreach (var author in article.Authors)
        {
            item.ElementExtensions.Add(new XElement(DublinCore + "creator", author.Name));
        }

        item.ElementExtensions.Add(new XElement(Content + "encoded", Attribution.Wrap(article, site)));
        return item;
    }

    private static SyndicationItem AtomItem(ArticleResponse article, SiteOptions site)
    {
        var item = Item(article);
        item.Summary = new TextSyndicationContent(article.Summary);
        item.Content = new TextSyndicationContent(Attribution.Wrap(article, site), TextSyndicationContentKind.Html);
        item.Copyright = new TextSyndicationContent($"{site.LicenseName} ({site.LicenseUrl})");
        item.Links.Add(new SyndicationLink(new Uri(site.LicenseUrl), "license", site.LicenseName, null, 0));
        foreach (var author in article.Authors)
        {
            item.Authors.Add(new SyndicationPerson(null, author.Name, null));
        }

        foreach (var tag in article.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag.Slug, null, tag.Name));
        }

        return item;
    }

    private static SyndicationItem Item(ArticleResponse article)
    {
        var item = new SyndicationItem
        {
            // A stable id: readers must not see an article again as new when its slug (and so its URL) changes.
            Id = $"urn:uuid:{article.Id}",
            Title = new TextSyndicationContent(article.Title),
            PublishDate = article.PublishedAt ?? article.UpdatedAt,
            LastUpdatedTime = article.UpdatedAt,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(new Uri(article.CanonicalUrl)));
        return item;
    }

    private static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
