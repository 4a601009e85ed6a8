using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using Npgsql;

namespace ContentApi.Features.Benchmark;

/// <summary>
/// Reference R1: the SQL EF Core generates for the newest-20 list and the single article by slug, run over raw Npgsql
/// and materialised by hand into the same <see cref="ArticleRow"/>s, so the gap to the real endpoints is what EF Core
/// and the endpoint code cost. Refresh both strings when <see cref="ArticleReadEndpoints"/> changes its queries: print
/// them with <c>ToQueryString()</c> (or EF's command log) and paste them here, keeping the column order the readers expect.
/// tests/bench/run.sh compares R1's responses with the real ones and warns when they drift apart.
/// </summary>
internal static class BenchmarkQueries
{
    /// <summary>ListArticles with limit=20, anonymous (captured with ToQueryString()).</summary>
    public const string Newest = """
        SELECT a0.id, a0.slug, a0.type, a0.title, a0.summary, a0.language, a0.status, a0.published_at, a0.scheduled_at, a0.updated_at, a0.syndicatable, a0.word_count, a0.xmin, t.id IS NULL, t.slug, t.name, t.kind, t.id, s.id, s.slug, s.name, s.article_id, s.author_id, s0.id, s0.slug, s0.name, s0.kind, s0.article_id, s0.tag_id, a5.language, a5.slug, a5.id
        FROM (
            SELECT a.id, a.language, a.primary_tag_id, a.published_at, a.scheduled_at, a.slug, a.status, a.summary, a.syndicatable, a.title, a.translation_group_id, a.type, a.updated_at, a.xmin, a.word_count
            FROM articles AS a
            WHERE a.status = 'published'
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT @p
        ) AS a0
        LEFT JOIN tags AS t ON a0.primary_tag_id = t.id
        LEFT JOIN (
            SELECT a2.id, a2.slug, a2.name, a1.article_id, a1.author_id, a1.position
            FROM article_authors AS a1
            INNER JOIN authors AS a2 ON a1.author_id = a2.id
        ) AS s ON a0.id = s.article_id
        LEFT JOIN (
            SELECT t0.id, t0.slug, t0.name, t0.kind, a3.article_id, a3.tag_id, a3.position
            FROM article_tags AS a3
            INNER JOIN tags AS t0 ON a3.tag_id = t0.id
        ) AS s0 ON a0.id = s0.article_id
        LEFT JOIN (
            SELECT a4.language, a4.slug, a4.id, a4.translation_group_id
            FROM articles AS a4
            WHERE a4.status = 'published'
        ) AS a5 ON a0.translation_group_id = a5.translation_group_id AND a0.id <> a5.id
        ORDER BY a0.published_at DESC, a0.id DESC, t.id, s.position, s.article_id, s.author_id, s.id, s0.position, s0.article_id, s0.tag_id, s0.id, a5.language
        """;

    /// <summary>GetArticle by slug, no lang, anonymous (captured with ToQueryString()).</summary>
    public const string BySlug = """
        SELECT a0.id, a0.slug, a0.type, a0.title, a0.summary, a0.body_html, a0.language, a0.status, a0.published_at, a0.scheduled_at, a0.updated_at, a0.syndicatable, a0.word_count, a0.xmin, t.id IS NULL, t.slug, t.name, t.kind, t.id, s.id, s.slug, s.name, s.article_id, s.author_id, s0.id, s0.slug, s0.name, s0.kind, s0.article_id, s0.tag_id, a6.language, a6.slug, a6.id, s1.id, s1.url, s1.title, s1.c, s1.slug, s1.language, s1.title0, s1.type, s1.published_at, s1.c0, s1.slug0, s1.name, s1.kind, s1.id0, s1.id1
        FROM (
            SELECT a.id, a.body_html, a.language, a.primary_tag_id, a.published_at, a.scheduled_at, a.slug, a.status, a.summary, a.syndicatable, a.title, a.translation_group_id, a.type, a.updated_at, a.xmin, a.word_count, CASE
                WHEN a.language = 'en' THEN 0
                ELSE 1
            END AS c
            FROM articles AS a
            WHERE a.status = 'published' AND a.slug = @idOrSlug
            ORDER BY CASE
                WHEN a.language = 'en' THEN 0
                ELSE 1
            END, a.language
            LIMIT @p
        ) AS a0
        LEFT JOIN tags AS t ON a0.primary_tag_id = t.id
        LEFT JOIN (
            SELECT a2.id, a2.slug, a2.name, a1.article_id, a1.author_id, a1.position
            FROM article_authors AS a1
            INNER JOIN authors AS a2 ON a1.author_id = a2.id
        ) AS s ON a0.id = s.article_id
        LEFT JOIN (
            SELECT t0.id, t0.slug, t0.name, t0.kind, a3.article_id, a3.tag_id, a3.position
            FROM article_tags AS a3
            INNER JOIN tags AS t0 ON a3.tag_id = t0.id
        ) AS s0 ON a0.id = s0.article_id
        LEFT JOIN (
            SELECT a4.language, a4.slug, a4.id, a4.translation_group_id
            FROM articles AS a4
            WHERE a4.status = 'published'
        ) AS a6 ON a0.translation_group_id = a6.translation_group_id AND a0.id <> a6.id
        LEFT JOIN (
            SELECT r.id, r.url, r.title, a5.id IS NULL AS c, a5.slug, a5.language, a5.title AS title0, a5.type, a5.published_at, t1.id IS NULL AS c0, t1.slug AS slug0, t1.name, t1.kind, a5.id AS id0, t1.id AS id1, r.position, r.article_id
            FROM related_links AS r
            LEFT JOIN articles AS a5 ON r.target_article_id = a5.id
            LEFT JOIN tags AS t1 ON a5.primary_tag_id = t1.id
            WHERE a5.id IS NULL OR a5.status = 'published'
        ) AS s1 ON a0.id = s1.article_id
        ORDER BY a0.c, a0.language, a0.id, t.id, s.position, s.article_id, s.author_id, s.id, s0.position, s0.article_id, s0.tag_id, s0.id, a6.language, a6.id, s1.position, s1.id, s1.id0
        """;

    public static async Task<List<ArticleRow>> NewestAsync(NpgsqlDataSource dataSource, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Newest);
        command.Parameters.AddWithValue("p", limit);
        return await ReadAsync(command, withBody: false, cancellationToken);
    }

    public static async Task<ArticleRow?> BySlugAsync(NpgsqlDataSource dataSource, string slug, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(BySlug);
        command.Parameters.AddWithValue("idOrSlug", slug);
        command.Parameters.AddWithValue("p", 1);
        return (await ReadAsync(command, withBody: true, cancellationToken)).FirstOrDefault();
    }

    /// <summary>What EF's single-query shaper does: one article per run of rows, children deduplicated by key in row order.</summary>
    private static async Task<List<ArticleRow>> ReadAsync(NpgsqlCommand command, bool withBody, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleRow>();
        var seen = new HashSet<(int List, Guid Key)>();
        ArticleRow? current = null;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Columns after the body sit one further right when the body is selected.
        var shift = withBody ? 1 : 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetGuid(0);
            if (current?.Id != id)
            {
                seen.Clear();
                current = new ArticleRow
                {
                    Id = id,
                    Slug = reader.GetString(1),
                    Type = Enum.Parse<ArticleType>(reader.GetString(2), ignoreCase: true),
                    Title = reader.GetString(3),
                    Summary = reader.GetString(4),
                    BodyHtml = withBody ? reader.GetString(5) : null,
                    Language = reader.GetString(5 + shift),
                    Status = Enum.Parse<ArticleStatus>(reader.GetString(6 + shift), ignoreCase: true),
                    PublishedAt = reader.IsDBNull(7 + shift) ? null : reader.GetDateTime(7 + shift),
                    ScheduledAt = reader.IsDBNull(8 + shift) ? null : reader.GetDateTime(8 + shift),
                    UpdatedAt = reader.GetDateTime(9 + shift),
                    Syndicatable = reader.GetBoolean(10 + shift),
                    WordCount = reader.GetInt32(11 + shift),
                    Version = reader.GetFieldValue<uint>(12 + shift),
                    PrimaryTag = reader.GetBoolean(13 + shift) ? null : new PrimaryTagResponse(
                        reader.GetString(14 + shift), reader.GetString(15 + shift), Kind(reader.GetString(16 + shift))),
                    Authors = [],
                    Tags = [],
                    Translations = [],
                    RelatedLinks = withBody ? [] : null,
                };
                articles.Add(current);
            }

            var at = 18 + shift;
            if (!reader.IsDBNull(at) && seen.Add((0, reader.GetGuid(at))))
            {
                current.Authors.Add(new ArticleAuthorResponse(reader.GetGuid(at), reader.GetString(at + 1), reader.GetString(at + 2)));
            }

            at += 5;
            if (!reader.IsDBNull(at) && seen.Add((1, reader.GetGuid(at))))
            {
                current.Tags.Add(new ArticleTagResponse(reader.GetGuid(at), reader.GetString(at + 1), reader.GetString(at + 2), Kind(reader.GetString(at + 3))));
            }

            at += 6;
            if (!reader.IsDBNull(at + 2) && seen.Add((2, reader.GetGuid(at + 2))))
            {
                current.Translations.Add(new TranslationRow(reader.GetString(at), reader.GetString(at + 1)));
            }

            at += 3;
            if (withBody && !reader.IsDBNull(at) && seen.Add((3, reader.GetGuid(at))))
            {
                current.RelatedLinks!.Add(ReadLink(reader, at));
            }
        }

        return articles;
    }

    private static RelatedLinkRow ReadLink(NpgsqlDataReader reader, int at) => new(
        reader.GetGuid(at),
        reader.IsDBNull(at + 1) ? null : reader.GetString(at + 1),
        reader.IsDBNull(at + 2) ? null : reader.GetString(at + 2),
        reader.GetBoolean(at + 3) ? null : new RelatedTargetRow(
            reader.GetString(at + 4), reader.GetString(at + 5), reader.GetString(at + 6),
            Enum.Parse<ArticleType>(reader.GetString(at + 7), ignoreCase: true),
            reader.IsDBNull(at + 8) ? null : reader.GetDateTime(at + 8),
            reader.GetBoolean(at + 9) ? null : new PrimaryTagResponse(reader.GetString(at + 10), reader.GetString(at + 11), Kind(reader.GetString(at + 12)))));

    private static TagKind Kind(string kind) => Enum.Parse<TagKind>(kind, ignoreCase: true);
}
