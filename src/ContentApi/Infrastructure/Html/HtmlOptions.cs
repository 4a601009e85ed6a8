namespace ContentApi.Infrastructure.Html;

/// <summary>What article bodies may embed, beyond the sanitizer's built-in allow-list.</summary>
public sealed class HtmlOptions
{
    public const string Section = "Html";

    /// <summary>Hosts an <c>&lt;iframe src&gt;</c> may point at (https only, exact host names).</summary>
    /// <remarks>No default in the property itself: the configuration binder appends to an array's defaults.</remarks>
    public string[] AllowedIframeHosts { get; set; } = [];

    public IReadOnlyList<string> IframeHosts => AllowedIframeHosts.Length > 0
        ? AllowedIframeHosts
        : ["youtube.com", "www.youtube.com", "www.youtube-nocookie.com", "player.vimeo.com"];
}
