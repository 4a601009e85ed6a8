using System.Net;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Data.Dataset;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Database;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ContentApi.IntegrationTests.Performance;

/// <summary>The benchmark's dataset generator at a tiny size, through the same code path as <c>seed</c>.</summary>
public class DatasetGeneratorTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private static readonly DateTime Until = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Seeding_200_articles_writes_a_coherent_archive_the_api_serves()
    {
        var dataSource = factory.Services.GetRequiredService<NpgsqlDataSource>();
        var report = await factory.WithDbAsync(db =>
            DatasetLoader.RunAsync(dataSource, db, new DatasetOptions(200, 7, Until, Replace: false, Streams: 2), TextWriter.Null, default));

        Assert.Equal(200, await ScalarAsync(dataSource, "SELECT count(*) FROM articles"));
        Assert.Equal(SyntheticCatalogue.AuthorCount, await ScalarAsync(dataSource, "SELECT count(*) FROM authors"));
        Assert.Equal(5_000, await ScalarAsync(dataSource, "SELECT count(*) FROM tags"));
        Assert.InRange(await ScalarAsync(dataSource, "SELECT count(*) FROM articles WHERE status = 'draft'"), 1, 20);
        Assert.True(await ScalarAsync(dataSource, "SELECT count(*) FROM related_links") > 0);
        Assert.True(await ScalarAsync(dataSource, "SELECT count(DISTINCT translation_group_id) FROM articles") < 200);

        // Every article has a byline and 3–6 tags; the listing copies of the publish date mirror Article.Touch.
        Assert.Equal(0, await ScalarAsync(dataSource, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_authors x WHERE x.article_id = a.id)"));
        Assert.Equal(0, await ScalarAsync(dataSource,
            "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_tags t WHERE t.article_id = a.id) NOT BETWEEN 3 AND 6"));
        foreach (var table in new[] { "article_tags", "article_authors" })
        {
            Assert.Equal(0, await ScalarAsync(dataSource,
                $"SELECT count(*) FROM {table} x JOIN articles a ON a.id = x.article_id " +
                "WHERE x.published_at IS DISTINCT FROM (CASE WHEN a.status = 'published' THEN a.published_at END)"));
        }

        // The change feed holds one upsert per syndicated article, with its current slug.
        var syndicated = await ScalarAsync(dataSource, "SELECT count(*) FROM articles WHERE status = 'published' AND syndicatable");
        Assert.Equal(syndicated, report.Changes);
        Assert.Equal(syndicated, await ScalarAsync(dataSource,
            "SELECT count(*) FROM article_changes c JOIN articles a ON a.id = c.article_id AND a.slug = c.slug WHERE c.action = 'upsert'"));

        // The generator assembles the search vectors itself; the trigger, recomputing them, must find nothing to change.
        Assert.Equal(0, await DifferingSearchVectorsAsync(dataSource));
        Assert.Equal(200, await ScalarAsync(dataSource, "SELECT count(*) FROM articles WHERE pg_column_compression(body_html) = 'lz4'"));

        // Spanish search ignores accents: "policia" finds the generated "policía".
        Assert.True(await ScalarAsync(dataSource,
            $"SELECT count(*) FROM articles WHERE language = 'es' AND body_html LIKE '%policía%' " +
            $"AND search_vector @@ to_tsquery('{SearchVector.SpanishUnaccent}', 'policia')") > 0);

        // Word counts agree with the domain's own count of the body.
        var sample = await factory.WithDbAsync(db => db.Articles.OrderBy(a => a.Id).Take(5).Select(a => new { a.BodyHtml, a.WordCount }).ToListAsync());
        foreach (var article in sample)
        {
            var counted = Article.Create(Guid.NewGuid(), new ArticleContent(ArticleType.News, "en", "Title", "title", "", article.BodyHtml,
                [Guid.NewGuid()], [], null, false), null, Until).WordCount;
            Assert.Equal(counted, article.WordCount);
        }

        // The API serves a generated article with its byline, tags and published translation.
        var slug = await factory.WithDbAsync(db => db.Articles
            .Where(a => a.Status == ArticleStatus.Published && db.Articles.Any(other =>
                other.TranslationGroupId == a.TranslationGroupId && other.Id != a.Id && other.Status == ArticleStatus.Published))
            .Select(a => a.Slug).FirstAsync());
        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/articles/{slug}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.NotEmpty(json.RootElement.GetProperty("authors").EnumerateArray());
        Assert.InRange(json.RootElement.GetProperty("tags").GetArrayLength(), 3, 6);
        Assert.Single(json.RootElement.GetProperty("translations").EnumerateArray());
        Assert.Contains("<h2>", json.RootElement.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Articles whose stored vectors differ from what the trigger computes from their text: blanking the vectors fires
    /// it (and would leave them blank if it did not). Rolled back.
    /// </summary>
    private static async Task<long> DifferingSearchVectorsAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand("""
            CREATE TEMP TABLE seeded ON COMMIT DROP AS SELECT id, title_vector, headline_vector, search_vector FROM articles;
            UPDATE articles SET title_vector = '', headline_vector = '', search_vector = '';
            SELECT count(*) FROM articles a JOIN seeded s USING (id)
            WHERE (a.title_vector, a.headline_vector, a.search_vector) IS DISTINCT FROM (s.title_vector, s.headline_vector, s.search_vector)
               OR a.search_vector IS NULL;
            """, connection, transaction);
        var differing = (long)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();
        return differing;
    }

    [Fact]
    public async Task Seeding_refuses_content_without_replace_and_repairs_an_interrupted_load()
    {
        var connectionString = await TestDatabase.CreateAsync();
        try
        {
            await using var dataSource = DatabaseSetup.BuildDataSource(connectionString);
            var options = new DbContextOptionsBuilder<ContentDbContext>();
            DatabaseSetup.Configure(options, dataSource);
            await using var db = new ContentDbContext(options.Options);
            var indexes = await ScalarAsync(dataSource, "SELECT count(*) FROM pg_indexes WHERE tablename = 'articles'");

            // As if a seed died after suspending the indexes: a plain seed refuses, --replace rebuilds them.
            await using (var connection = await dataSource.OpenConnectionAsync())
            await using (var transaction = await connection.BeginTransactionAsync())
            {
                await SuspendedSchema.SuspendAsync(connection, default);
                await transaction.CommitAsync();
            }

            Assert.True(await ScalarAsync(dataSource, "SELECT count(*) FROM pg_indexes WHERE tablename = 'articles'") < indexes);
            var refused = await Assert.ThrowsAsync<DatasetRefusedException>(() =>
                DatasetLoader.RunAsync(dataSource, db, new DatasetOptions(20, 1, Until, Replace: false, Streams: 1), TextWriter.Null, default));
            Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);

            await DatasetLoader.RunAsync(dataSource, db, new DatasetOptions(20, 1, Until, Replace: true, Streams: 1), TextWriter.Null, default);
            Assert.Equal(indexes, await ScalarAsync(dataSource, "SELECT count(*) FROM pg_indexes WHERE tablename = 'articles'"));
            Assert.Equal(2, await ScalarAsync(dataSource, "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'article_tags'::regclass"));
            Assert.Equal(0, await ScalarAsync(dataSource, $"SELECT count(*) FROM pg_tables WHERE tablename = '{SuspendedSchema.Table}'"));
            Assert.Equal(20, await ScalarAsync(dataSource, "SELECT count(*) FROM articles"));

            // Now it has content: refused again without --replace, and nothing was added.
            await Assert.ThrowsAsync<DatasetRefusedException>(() =>
                DatasetLoader.RunAsync(dataSource, db, new DatasetOptions(20, 1, Until, Replace: false, Streams: 1), TextWriter.Null, default));
            Assert.Equal(20, await ScalarAsync(dataSource, "SELECT count(*) FROM articles"));
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    [Theory]
    [InlineData(new[] { "--articles", "0" }, "--articles")]
    [InlineData(new[] { "--articles", "ten" }, "--articles")]
    [InlineData(new[] { "--replace" }, "--articles is required")]
    [InlineData(new[] { "--articles", "10", "--until", "2025-13-01" }, "--until")]
    public void The_seed_command_names_the_bad_argument(string[] args, string named)
    {
        Assert.False(DatasetCommand.TryParse(args, out _, out _, out var error));
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seed_command_passes_configuration_overrides_to_the_host()
    {
        Assert.True(DatasetCommand.TryParse(["--articles", "1000", "--replace", "--Database:EmbeddedDataDirectory=/tmp/x"], out var options, out var configuration, out _));
        Assert.Equal(1000, options.Articles);
        Assert.True(options.Replace);
        Assert.Equal(["--Database:EmbeddedDataDirectory=/tmp/x"], configuration);
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
