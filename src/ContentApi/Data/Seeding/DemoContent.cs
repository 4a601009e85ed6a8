using ContentApi.Domain.Articles;
using ContentApi.Domain.Authors;
using ContentApi.Domain.Tags;

namespace ContentApi.Data.Seeding;

/// <summary>The demo newsroom: deterministic, original content shaped like the reference page.</summary>
public static class DemoContent
{
    public static DemoDataSet Build() => new([], [], []);
}

public sealed record DemoDataSet(IReadOnlyList<Author> Authors, IReadOnlyList<Tag> Tags, IReadOnlyList<Article> Articles);
