using ContentApi.Data;
using ContentApi.Infrastructure.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// The tag and author filters as ids. <see cref="Matches"/> is false when no article can match: an AND group or the
/// author filter names only slugs that exist nowhere ("an unknown slug is simply an empty result").
/// </summary>
public sealed record FilterIds(IReadOnlyList<IReadOnlyList<Guid>> AllTags, IReadOnlyList<Guid> NoTags, IReadOnlyList<Guid> Authors, bool Matches)
{
    /// <summary>
    /// Up to this many candidates, sorting them beats walking the newest-first index: see <see cref="WalkIndex"/>.
    /// </summary>
    public const long SortThreshold = 20_000;

    public static readonly FilterIds None = new([], [], [], Matches: true);

    /// <summary>Published articles in the smallest positive tag group or author set (an upper bound of the result); null without one.</summary>
    public long? SmallestSet { get; init; }

    /// <summary>How many positive conditions (tag groups, the author set) the articles must all meet.</summary>
    public int PositiveSets => AllTags.Count + (Authors.Count > 0 ? 1 : 0);

    /// <summary>
    /// Whether the page should be read by walking the sort's index (newest first) and checking each article against
    /// the filters. PostgreSQL judges each tag or author condition on its own, so for "peru AND mexico" it expects
    /// plenty of matches and walks — through every article when the two seldom meet (1.9 s at 200,000 articles,
    /// measured; 17 ms sorted). When one of several positive filters is small we know better: its articles, sorted,
    /// are at most <see cref="SortThreshold"/> rows, whatever the others do. With a single condition PostgreSQL's
    /// statistics for that tag or author are right, and its own choice is the better one (measured: a 1% tag walks in
    /// 31 ms where sorting took 120 ms).
    /// </summary>
    public bool WalkIndex => PositiveSets < 2 || SmallestSet is not { } smallest || smallest > SortThreshold;
}

/// <summary>
/// Turns tag and author slugs into ids before the list query runs. Filtering on <c>tag_id = @id</c> lets PostgreSQL
/// plan with that tag's real frequency: a rare tag is read from ix_article_tags_tag_id_published_at_article_id, a
/// common one by walking ix_articles_published_at_id — filtering through a join on the slug hides the tag from the
/// planner, which then walks 200,000 articles to find a rare tag's 20 (5 s instead of 0.4 ms, measured).
/// Known slugs are cached per content generation (tags and authors are renamed and deleted by writes, which move the
/// generation), so this costs one small statement the first time a slug is asked for after a change; unknown slugs
/// are never cached, so made-up slugs cannot fill memory.
/// </summary>
public sealed class FilterIdResolver(IMemoryCache cache, ContentCache content)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    public async Task<FilterIds> ResolveAsync(ContentDbContext db, ArticleListQuery query, CancellationToken cancellationToken)
    {
        var tagSlugs = query.Tags is { } tags ? tags.AllOf.SelectMany(group => group).Concat(tags.NoneOf).Distinct().ToList() : [];
        if (tagSlugs.Count == 0 && query.Authors.Count == 0)
        {
            return FilterIds.None;
        }

        var generation = content.Generation;
        var tagIds = new Dictionary<string, Resolved>();
        var authorIds = new Dictionary<string, Resolved>();
        var missingTags = Cached(tagSlugs, "tag", generation, tagIds);
        var missingAuthors = Cached(query.Authors, "author", generation, authorIds);
        if (missingTags.Count > 0 || missingAuthors.Count > 0)
        {
            // The counts are index-only scans of the published tag and author indexes.
            var found = await db.Tags.Where(tag => missingTags.Contains(tag.Slug))
                .Select(tag => new { IsTag = true, tag.Slug, tag.Id, Count = db.ArticleTags.LongCount(tagging => tagging.TagId == tag.Id && tagging.PublishedAt != null) })
                .Concat(db.Authors.Where(author => missingAuthors.Contains(author.Slug))
                    .Select(author => new { IsTag = false, author.Slug, author.Id, Count = db.ArticleAuthors.LongCount(byline => byline.AuthorId == author.Id && byline.PublishedAt != null) }))
                .ToListAsync(cancellationToken);
            foreach (var item in found)
            {
                var resolved = new Resolved(item.Id, item.Count);
                (item.IsTag ? tagIds : authorIds)[item.Slug] = resolved;
                cache.Set(Key(item.IsTag ? "tag" : "author", generation, item.Slug), resolved, KeepFor);
            }
        }

        var allTags = query.Tags?.AllOf.Select(group => group.Where(tagIds.ContainsKey).Select(slug => tagIds[slug]).ToList()).ToList() ?? [];
        var noTags = query.Tags?.NoneOf.Where(tagIds.ContainsKey).Select(slug => tagIds[slug].Id).ToList() ?? [];
        var authors = query.Authors.Where(authorIds.ContainsKey).Select(slug => authorIds[slug]).ToList();
        var matches = allTags.All(group => group.Count > 0) && (query.Authors.Count == 0 || authors.Count > 0);
        var sets = allTags.Select(group => group.Sum(tag => tag.Count)).Concat(authors.Count > 0 ? [authors.Sum(author => author.Count)] : []).ToList();
        return new FilterIds([.. allTags.Select(group => (IReadOnlyList<Guid>)[.. group.Select(tag => tag.Id)])], noTags, [.. authors.Select(author => author.Id)], matches)
        {
            SmallestSet = sets.Count > 0 ? sets.Min() : null,
        };
    }

    private List<string> Cached(IEnumerable<string> slugs, string kind, long generation, Dictionary<string, Resolved> ids)
    {
        var missing = new List<string>();
        foreach (var slug in slugs)
        {
            if (cache.TryGetValue(Key(kind, generation, slug), out Resolved? resolved) && resolved is not null)
            {
                ids[slug] = resolved;
            }
            else
            {
                missing.Add(slug);
            }
        }

        return missing;
    }

    /// <summary>A tag's or author's id and how many published articles it has.</summary>
    private sealed record Resolved(Guid Id, long Count);

    private static string Key(string kind, long generation, string slug) => $"filter-id|{generation}|{kind}|{slug}";
}
