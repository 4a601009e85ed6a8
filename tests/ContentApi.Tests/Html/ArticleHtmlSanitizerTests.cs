using ContentApi.Infrastructure.Html;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Html;

public class ArticleHtmlSanitizerTests
{
    private readonly ArticleHtmlSanitizer _sanitizer = new(Options.Create(new HtmlOptions()));

    [Fact]
    public void News_markup_passes_unchanged()
    {
        const string html = "<h2>Heading</h2><p>A <strong>bold</strong> <em>claim</em> with <a href=\"https://example.com/a\">a link</a>.</p>"
            + "<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>Quote</blockquote>"
            + "<figure><img src=\"https://cdn.example.com/p.jpg\" alt=\"Photo\"><figcaption>Caption</figcaption></figure>"
            + "<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>";

        var result = _sanitizer.Sanitize(html);

        Assert.Empty(result.Removed);
        Assert.Contains("<figure>", result.Html);
        Assert.Contains("<figcaption>Caption</figcaption>", result.Html);
        Assert.Contains("<blockquote>", result.Html);
        Assert.Contains("<table>", result.Html);
        Assert.Contains("href=\"https://example.com/a\"", result.Html);
    }

    [Fact]
    public void A_script_is_removed_and_reported()
    {
        var result = _sanitizer.Sanitize("<p>Hi</p><script>alert(1)</script>");

        Assert.Equal("<p>Hi</p>", result.Html);
        Assert.Contains(result.Removed, entry => entry.Contains("<script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Event_handlers_are_removed_and_reported()
    {
        var result = _sanitizer.Sanitize("<img src=\"https://cdn.example.com/p.jpg\" onerror=\"alert(1)\"><p onclick=\"steal()\">x</p>");

        Assert.DoesNotContain("onerror", result.Html);
        Assert.DoesNotContain("onclick", result.Html);
        Assert.Contains(result.Removed, entry => entry.Contains("onerror", StringComparison.Ordinal));
        Assert.Contains(result.Removed, entry => entry.Contains("onclick", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<a href=\"JaVaScRiPt:alert(1)\">x</a>", "alert")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">x</a>", "alert")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zy8+\">", "data:")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>", "vbscript")]
    public void Unsafe_urls_are_removed_and_reported(string html, string unsafePart)
    {
        var result = _sanitizer.Sanitize(html);

        Assert.DoesNotContain(unsafePart, result.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(result.Removed, entry => entry.Contains("unsafe URL", StringComparison.Ordinal));
    }

    [Fact]
    public void Mailto_links_are_kept()
    {
        var result = _sanitizer.Sanitize("<a href=\"mailto:desk@example.org\">Write to us</a>");

        Assert.Contains("mailto:desk@example.org", result.Html);
        Assert.Empty(result.Removed);
    }

    [Fact]
    public void A_youtube_iframe_is_kept()
    {
        var result = _sanitizer.Sanitize("<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" width=\"560\" height=\"315\" allowfullscreen></iframe>");

        Assert.Contains("<iframe", result.Html);
        Assert.Contains("https://www.youtube-nocookie.com/embed/abc", result.Html);
        Assert.Empty(result.Removed);
    }

    [Theory]
    [InlineData("<iframe src=\"https://evil.example/embed\"></iframe>", "evil.example")]
    [InlineData("<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>", "www.youtube.com")]
    [InlineData("<iframe src=\"https://www.youtube.com.evil.example/embed\"></iframe>", "www.youtube.com.evil.example")]
    [InlineData("<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "without a src")]
    public void A_foreign_iframe_is_removed_whole_and_reported(string html, string named)
    {
        var result = _sanitizer.Sanitize("<p>Before</p>" + html);

        Assert.Equal("<p>Before</p>", result.Html);
        Assert.Contains(result.Removed, entry => entry.Contains("<iframe>", StringComparison.Ordinal) && entry.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Configured_iframe_hosts_replace_the_defaults()
    {
        var sanitizer = new ArticleHtmlSanitizer(Options.Create(new HtmlOptions { AllowedIframeHosts = ["maps.example.org"] }));

        var kept = sanitizer.Sanitize("<iframe src=\"https://maps.example.org/x\"></iframe>");
        var removed = sanitizer.Sanitize("<iframe src=\"https://www.youtube.com/embed/x\"></iframe>");

        Assert.Contains("<iframe", kept.Html);
        Assert.DoesNotContain("<iframe", removed.Html);
    }

    [Fact]
    public void Style_elements_and_dangerous_tags_are_removed()
    {
        var result = _sanitizer.Sanitize("<style>body{display:none}</style><p>x</p><object data=\"x.swf\"></object><form><input></form>");

        Assert.Equal("<p>x</p>", result.Html);
        Assert.Contains(result.Removed, entry => entry.Contains("<style>", StringComparison.Ordinal));
        Assert.Contains(result.Removed, entry => entry.Contains("<object>", StringComparison.Ordinal));
    }

    [Fact]
    public void Repeated_removals_are_counted_once()
    {
        var result = _sanitizer.Sanitize("<script>a()</script><script>a()</script>");

        Assert.Single(result.Removed);
        Assert.Contains("2×", result.Removed[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_body_stays_empty()
    {
        var result = _sanitizer.Sanitize("");

        Assert.Equal("", result.Html);
        Assert.Empty(result.Removed);
    }
}
