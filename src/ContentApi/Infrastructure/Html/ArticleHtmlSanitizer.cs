using AngleSharp.Dom;
using Ganss.Xss;
using Microsoft.Extensions.Options;

namespace ContentApi.Infrastructure.Html;

/// <summary>A sanitized body and what was taken out of it, in words an editor understands.</summary>
public sealed record SanitizedHtml(string Html, IReadOnlyList<string> Removed);

/// <summary>
/// Cleans article bodies with HtmlSanitizer: its defaults (which already drop scripts, event handlers, styles sheets,
/// forms and unsafe URL schemes) plus what news needs — figures with captions, and iframes from configured video hosts
/// only. Everything removed is reported back to the editor instead of vanishing.
/// </summary>
public sealed class ArticleHtmlSanitizer(IOptions<HtmlOptions> options)
{
    /// <summary>Allowed by the library's defaults, but an article body has no business asking readers for input.</summary>
    private static readonly string[] FormTags =
        ["form", "input", "button", "select", "option", "optgroup", "textarea", "label", "fieldset", "legend", "datalist", "output"];

    private static readonly string[] IframeAttributes =
        ["src", "width", "height", "title", "allow", "allowfullscreen", "frameborder", "loading", "referrerpolicy"];

    private readonly HashSet<string> _iframeHosts = new(options.Value.IframeHosts, StringComparer.OrdinalIgnoreCase);

    public SanitizedHtml Sanitize(string html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return new SanitizedHtml(html, []);
        }

        // One sanitizer per call: its events carry per-call state, and building one costs far less than parsing.
        var sanitizer = Create();
        var removed = new List<string>();
        var foreignIframes = new Dictionary<IElement, string>();

        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.Tag.LocalName == "iframe" && e.SanitizedUrl is { } url && !IsAllowedIframe(url))
            {
                foreignIframes[e.Tag] = e.OriginalUrl;
                e.SanitizedUrl = null;
            }
        };
        sanitizer.RemovingTag += (_, e) => removed.Add($"<{e.Tag.LocalName}> element{Describe(e.Tag)}");
        sanitizer.RemovingAttribute += (_, e) =>
        {
            if (!foreignIframes.ContainsKey(e.Tag))
            {
                removed.Add(e.Reason == RemoveReason.NotAllowedUrlValue
                    ? $"unsafe URL in {e.Attribute.Name} of <{e.Tag.LocalName}>: \"{Shorten(e.Attribute.Value)}\""
                    : $"{e.Attribute.Name} attribute of <{e.Tag.LocalName}>");
            }
        };
        sanitizer.RemovingStyle += (_, e) => removed.Add($"style \"{e.Style.Name}\" of <{e.Tag.LocalName}>");
        sanitizer.RemovingAtRule += (_, e) => removed.Add($"CSS rule of <{e.Tag.LocalName}>");
        sanitizer.RemovingComment += (_, _) => removed.Add("HTML comment");
        sanitizer.RemovingCssClass += (_, e) => removed.Add($"class \"{e.CssClass}\" of <{e.Tag.LocalName}>");
        sanitizer.PostProcessNode += (_, e) =>
        {
            // An iframe whose host is not allowed lost its src above; the empty frame itself goes here, as does one
            // that never had a src (srcdoc is not allowed).
            if (e.Node is IElement { LocalName: "iframe" } element && !element.HasAttribute("src"))
            {
                removed.Add(foreignIframes.TryGetValue(element, out var source)
                    ? $"<iframe> from {Host(source)}: iframes may only come from {string.Join(", ", _iframeHosts)}"
                    : "<iframe> without a src");
                element.Remove();
            }
        };

        var clean = sanitizer.Sanitize(html);
        var report = removed
            .GroupBy(entry => entry)
            .Select(group => group.Count() == 1 ? $"Removed {group.Key}" : $"Removed {group.Key} ({group.Count()}×)")
            .ToList();
        return new SanitizedHtml(clean, report);
    }

    private static HtmlSanitizer Create()
    {
        // Start from the defaults: an empty option set would also empty the URI-attribute list, and with it the
        // scheme check that stops javascript: links.
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedTags.Add("figure");
        sanitizer.AllowedTags.Add("figcaption");
        sanitizer.AllowedTags.Add("iframe");
        foreach (var tag in FormTags)
        {
            sanitizer.AllowedTags.Remove(tag);
        }

        foreach (var attribute in IframeAttributes)
        {
            sanitizer.AllowedAttributes.Add(attribute);
        }

        sanitizer.UriAttributes.Add("src");
        sanitizer.AllowedSchemes.Clear();
        sanitizer.AllowedSchemes.Add("http");
        sanitizer.AllowedSchemes.Add("https");
        sanitizer.AllowedSchemes.Add("mailto");
        return sanitizer;
    }

    private bool IsAllowedIframe(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && _iframeHosts.Contains(uri.Host);

    private static string Describe(IElement element)
    {
        var text = element.TextContent.Trim();
        return text.Length == 0 ? "" : $" (\"{Shorten(text)}\")";
    }

    private static string Host(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : $"\"{Shorten(url ?? "")}\"";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
