namespace ContentApi.Domain.Articles;

public enum ArticleType
{
    Brief,
    News,
    Analysis,
    Investigation,
    Report,

    /// <summary>News about the publisher itself ("The Organization").</summary>
    Organization,
}
