using System.ComponentModel.DataAnnotations;

namespace ContentApi.Infrastructure.Site;

/// <summary>The publication this service serves: where its pages live, its name and licence, its languages.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The public site's address; canonical URLs are built from it.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://www.example.org";

    /// <summary>The path of an article page on the site; <c>{slug}</c> and <c>{language}</c> are filled in.</summary>
    [Required]
    public string ArticlePath { get; set; } = "/news/{slug}/";

    public string PublisherName { get; set; } = "ContentApi Demo Newsroom";

    public string LicenseName { get; set; } = "CC BY-NC 3.0";

    public string LicenseUrl { get; set; } = "https://creativecommons.org/licenses/by-nc/3.0/";

    /// <summary>The languages articles may be written in (ISO 639-1); English and Spanish unless configured.</summary>
    /// <remarks>No default in the property itself: the configuration binder appends to an array's defaults.</remarks>
    public string[] Languages { get; set; } = [];

    public IReadOnlyList<string> SupportedLanguages => Languages.Length > 0 ? Languages : ["en", "es"];

    public string CanonicalUrl(string slug, string language) =>
        BaseUrl.TrimEnd('/') + ArticlePath.Replace("{slug}", slug).Replace("{language}", language);
}
