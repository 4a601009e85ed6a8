using ContentApi.Domain.Articles;
using ContentApi.Domain.Tags;
using ContentApi.Features.Articles;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Features.Benchmark;

/// <summary>
/// Reference R1: the SQL EF Core generates for the newest-20 list and the single article by slug, run over raw Npgsql
/// and materialised by hand into the same <see cref="ArticleRow"/>s, so the gap to the real endpoints is what EF Core
/// and the endpoint code cost. Refresh both strings when <see cref="ArticleReadEndpoints"/> changes its queries: run the
/// API with <c>--Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command=Information</c>, request both, and paste
/// the commands here, keeping the column order the reader expects.
/// tests/bench/run.sh compares R1's responses with the real ones and warns when they drift apart.
/// </summary>
internal static class BenchmarkQueries
{
    /// <summary>ListArticles with limit=20, anonymous: <see cref="CompiledReads.Newest"/> (from EF's command log).</summary>
    public const string Newest = """
        SELECT a0.id, a0.slug, a0.type, a0.title, a0.summary, a0.language, a0.status, a0.published_at, a0.scheduled_at, a0.updated_at, a0.syndicatable, a0.word_count, a0.xmin, t.id IS NULL, t.slug, t.name, t.kind, (
            SELECT a1.value
            FROM article_author_lists AS a1
            WHERE a1.article_id = a0.id
            LIMIT 1), (
            SELECT a2.value
            FROM article_tag_lists AS a2
            WHERE a2.article_id = a0.id
            LIMIT 1), (
            SELECT a3.published_value
            FROM article_translation_lists AS a3
            WHERE a3.article_id = a0.id
            LIMIT 1)
        FROM (
            SELECT a.id, a.language, a.primary_tag_id, a.published_at, a.scheduled_at, a.slug, a.status, a.summary, a.syndicatable, a.title, a.type, a.updated_at, a.xmin, a.word_count
            FROM articles AS a
            WHERE a.status = 'published'
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT @take
        ) AS a0
        LEFT JOIN tags AS t ON a0.primary_tag_id = t.id
        ORDER BY a0.published_at DESC, a0.id DESC
        """;

    /// <summary>GetArticle by slug, no lang, anonymous: <see cref="CompiledReads.PublishedBySlug"/> (from EF's command log).</summary>
    public const string BySlug = """
        SELECT a.id, a.slug, a.type, a.title, a.summary, a.body_html, a.language, a.status, a.published_at, a.scheduled_at, a.updated_at, a.syndicatable, a.word_count, a.xmin, t.id IS NULL, t.slug, t.name, t.kind, (
            SELECT a0.value
            FROM article_author_lists AS a0
            WHERE a0.article_id = a.id
            LIMIT 1), (
            SELECT a1.value
            FROM article_tag_lists AS a1
            WHERE a1.article_id = a.id
            LIMIT 1), (
            SELECT a2.published_value
            FROM article_translation_lists AS a2
            WHERE a2.article_id = a.id
            LIMIT 1), (
            SELECT a3.published_value
            FROM article_related_link_lists AS a3
            WHERE a3.article_id = a.id
            LIMIT 1)
        FROM articles AS a
        LEFT JOIN tags AS t ON a.primary_tag_id = t.id
        WHERE a.status = 'published' AND a.slug = @slug
        ORDER BY CASE
            WHEN a.language = 'en' THEN 0
            ELSE 1
        END, a.language
        LIMIT 1
        """;

    public static async Task<List<ArticleRow>> NewestAsync(NpgsqlDataSource dataSource, int limit, CancellationToken cancellationToken)
    {
        // Like the endpoint: one row more than a page tells whether there is a next page.
        await using var command = dataSource.CreateCommand(Newest);
        command.Parameters.AddWithValue("take", limit + 1);
        var rows = await ReadAsync(command, withBody: false, cancellationToken);
        return rows.Count > limit ? rows[..limit] : rows;
    }

    public static async Task<ArticleRow?> BySlugAsync(NpgsqlDataSource dataSource, string slug, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(BySlug);
        // Typed as EF Core types it (the column's varchar), so PostgreSQL plans the same statement the same way.
        command.Parameters.Add(new NpgsqlParameter("slug", NpgsqlDbType.Varchar) { Value = slug });
        return (await ReadAsync(command, withBody: true, cancellationToken)).FirstOrDefault();
    }

    /// <summary>What EF's shaper does: one article per row, its lists read from the JSON columns.</summary>
    private static async Task<List<ArticleRow>> ReadAsync(NpgsqlCommand command, bool withBody, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        // Columns after the body sit one further right when the body is selected.
        var shift = withBody ? 1 : 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            var lists = 17 + shift;
            articles.Add(new ArticleRow
            {
                Id = reader.GetGuid(0),
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
                    reader.GetString(14 + shift), reader.GetString(15 + shift), Enum.Parse<TagKind>(reader.GetString(16 + shift), ignoreCase: true)),
                Authors = ArticleListJson.Read(Json(reader, lists), ArticleListJson.Default.ListArticleAuthorResponse),
                Tags = ArticleListJson.Read(Json(reader, lists + 1), ArticleListJson.Default.ListArticleTagResponse),
                Translations = ArticleListJson.Read(Json(reader, lists + 2), ArticleListJson.Default.ListTranslationRow),
                RelatedLinks = withBody ? ArticleListJson.Read(Json(reader, lists + 3), ArticleListJson.Default.ListRelatedLinkRow) : null,
            });
        }

        return articles;
    }

    private static string? Json(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
