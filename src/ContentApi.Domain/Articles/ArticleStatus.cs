namespace ContentApi.Domain.Articles;

public enum ArticleStatus
{
    Draft,

    /// <summary>Waiting for <see cref="Article.ScheduledAt"/>; invisible to readers until it goes live.</summary>
    Scheduled,
    Published,
}
