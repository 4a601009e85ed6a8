using System.Net;
using System.Text.Json;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Features.Syndication;
using ContentApi.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ContentApi.IntegrationTests.Syndication;

public class SyncTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    [Fact]
    public async Task Following_the_tokens_from_the_beginning_reproduces_the_published_syndicatable_set()
    {
        var services = factory.Services;
        var kept = await services.CreateAsync();
        var edited = await services.CreateAsync();
        await services.UpdateAsync(edited.Id, title: "Edited title");
        var unpublished = await services.CreateAsync();
        await services.UnpublishAsync(unpublished.Id);
        var deleted = await services.CreateAsync();
        await services.DeleteAsync(deleted.Id);
        var draft = await services.CreateAsync(new ArticleSpec { PublishedAt = null });
        await services.UpdateAsync(draft.Id, title: "Still a draft");
        var notSyndicatable = await services.CreateAsync(new ArticleSpec { Syndicatable = false });
        var withdrawn = await services.CreateAsync();
        await services.UpdateAsync(withdrawn.Id, syndicatable: false);
        var republished = await services.CreateAsync();
        await services.UnpublishAsync(republished.Id);
        await services.PublishAsync(republished.Id);
        var mine = new[] { kept, edited, unpublished, deleted, draft, notSyndicatable, withdrawn, republished }.Select(a => a.Id).ToHashSet();

        var mirror = new Mirror();
        await mirror.FollowUntilAsync(factory.CreateClient(apiKey: null), limit: 3, done: m => m.Articles.Keys.Intersect(mine).Count() == 3);

        Assert.Equal(new[] { kept.Id, edited.Id, republished.Id }.Order(), mirror.Articles.Keys.Intersect(mine).Order());
        Assert.Equal("Edited title", mirror.Articles[edited.Id].GetProperty("title").GetString());
        var syndicated = await SyndicatedIdsAsync();
        Assert.All(mirror.Articles.Keys, id => Assert.Contains(id, syndicated));
        Assert.Contains(deleted.Id, mirror.Deleted);
        Assert.Contains(unpublished.Id, mirror.Deleted);
        Assert.Contains(withdrawn.Id, mirror.Deleted);
        Assert.DoesNotContain(draft.Id, mirror.Seen);
        Assert.DoesNotContain(notSyndicatable.Id, mirror.Seen);
    }

    [Fact]
    public async Task Upserts_carry_the_whole_article_and_deletes_its_id_slug_and_language()
    {
        var upserted = await factory.Services.CreateAsync();
        var deleted = await factory.Services.CreateAsync();
        await factory.Services.DeleteAsync(deleted.Id);

        var mirror = new Mirror();
        await mirror.FollowUntilAsync(factory.CreateClient(apiKey: null), limit: 100,
            done: m => m.Articles.ContainsKey(upserted.Id) && m.Deleted.Contains(deleted.Id));

        var article = mirror.Articles[upserted.Id];
        Assert.Equal(upserted.Slug, article.GetProperty("slug").GetString());
        Assert.StartsWith("<p>", article.GetProperty("bodyHtml").GetString());
        Assert.Equal(JsonValueKind.Array, article.GetProperty("authors").ValueKind);
        Assert.Equal($"https://www.example.org/news/{upserted.Slug}/", article.GetProperty("canonicalUrl").GetString());
        var delete = mirror.Entries.Last(entry => entry.GetProperty("action").GetString() == "delete" && entry.GetProperty("id").GetGuid() == deleted.Id);
        Assert.Equal(deleted.Slug, delete.GetProperty("slug").GetString());
        Assert.Equal("en", delete.GetProperty("language").GetString());
        Assert.False(delete.TryGetProperty("article", out _));
    }

    [Theory]
    [InlineData("since=not-a-token", "since")]
    [InlineData("since=AQAAAAAAAAAAAAAAAAAAAAB01cUc0WUT4HZ9HieOrFWF", "since")]
    [InlineData("since=AQAAAAAAAAAA", "since")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=many", "limit")]
    public async Task A_bad_token_or_limit_is_a_400_naming_it(string query, string parameter)
    {
        var response = await factory.CreateClient(apiKey: null).GetAsync($"/api/v1/sync?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), problem.RootElement.GetRawText());
    }

    [Fact]
    public async Task A_tampered_token_is_refused_while_the_genuine_one_works()
    {
        var client = factory.CreateClient(apiKey: null);
        await factory.Services.CreateAsync();
        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/v1/sync?limit=1"));
        var token = first.RootElement.GetProperty("meta").GetProperty("nextToken").GetString()!;
        var tampered = token[..5] + (token[5] == 'A' ? 'B' : 'A') + token[6..];

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/sync?since={token}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/sync?since={tampered}")).StatusCode);
    }

    /// <summary>
    /// The classic trap: a slow writer takes its place in the feed (its transaction id and change id) before a fast
    /// writer, but commits after it. A mirror that read the fast change must still get the slow one.
    /// </summary>
    [Fact]
    public async Task A_change_that_commits_after_a_newer_one_is_never_skipped()
    {
        var client = factory.CreateClient(apiKey: null);
        var slow = await factory.Services.CreateAsync(new ArticleSpec { PublishedAt = null });
        var fast = await factory.Services.CreateAsync(new ArticleSpec { PublishedAt = null });
        var mirror = new Mirror();
        await mirror.FollowUntilAsync(client, limit: 100, done: _ => true);

        var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var commit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var slowWriter = WriteInOpenTransactionAsync(slow.Id, article => article.Publish(null, TestData.Now), saved, commit.Task);
        await saved.Task;
        await factory.Services.PublishAsync(fast.Id);

        // The slow change sits before the fast one in the feed, yet is not committed: exactly what a feed that pages
        // by change id alone would skip for good once the mirror has read the fast one.
        var changeIds = await factory.WithDbAsync(db => db.ArticleChanges.Where(c => c.ArticleId == slow.Id || c.ArticleId == fast.Id)
            .ToDictionaryAsync(c => c.ArticleId, c => c.Id));
        Assert.Equal([fast.Id], changeIds.Keys);
        await mirror.FollowUntilAsync(client, limit: 100, done: _ => true);
        Assert.DoesNotContain(fast.Id, mirror.Seen);

        commit.SetResult();
        await slowWriter;
        await mirror.FollowUntilAsync(client, limit: 100, done: m => m.Articles.ContainsKey(slow.Id) && m.Articles.ContainsKey(fast.Id));

        Assert.Contains(slow.Id, mirror.Articles.Keys);
        Assert.Contains(fast.Id, mirror.Articles.Keys);
        var order = await factory.WithDbAsync(db => db.ArticleChanges.Where(c => c.ArticleId == slow.Id || c.ArticleId == fast.Id)
            .ToDictionaryAsync(c => c.ArticleId, c => c.Id));
        Assert.True(order[slow.Id] < order[fast.Id], "the slow writer took the smaller change id");
    }

    [Fact]
    public async Task Concurrent_slow_and_fast_writers_and_a_polling_mirror_end_with_exactly_the_syndicated_set()
    {
        var client = factory.CreateClient(apiKey: null);
        var articles = new List<Article>();
        for (var i = 0; i < 12; i++)
        {
            articles.Add(await factory.Services.CreateAsync(new ArticleSpec { PublishedAt = i % 3 == 0 ? null : TestData.Now }));
        }

        var mine = articles.Select(a => a.Id).ToHashSet();
        var mirror = new Mirror();
        using var writersDone = new CancellationTokenSource();
        var reader = Task.Run(async () =>
        {
            while (!writersDone.IsCancellationRequested)
            {
                await mirror.FollowUntilAsync(client, limit: 4, done: _ => true);
                await Task.Delay(15);
            }
        });

        // Four writers, each on its own articles (as editors on different stories), half of them holding their
        // transaction open for a while after writing, so commits land out of the order their changes were numbered.
        var writers = Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            var own = articles.Where((_, index) => index % 4 == writer).ToList();
            for (var step = 0; step < 10; step++)
            {
                var article = own[random.Next(own.Count)];
                Action<Article> change = random.Next(4) switch
                {
                    0 => a => a.Publish(null, TestData.Now),
                    1 => a => a.Unpublish(TestData.Now),
                    2 => a => a.Apply(Retitled(a, $"Step {step} of writer {writer}", syndicatable: random.Next(5) != 0), TestData.Now),
                    _ => a => a.Publish(TestData.Now.AddDays(-1), TestData.Now),
                };
                var hold = writer % 2 == 0 ? TimeSpan.FromMilliseconds(random.Next(20, 120)) : TimeSpan.Zero;
                await WriteInOpenTransactionAsync(article.Id, change, saved: null, commit: Task.Delay(hold));
            }
        })).ToList();
        await Task.WhenAll(writers);
        await factory.Services.DeleteAsync(articles[1].Id);
        await writersDone.CancelAsync();
        await reader;

        var expected = (await SyndicatedIdsAsync()).Intersect(mine).Order().ToList();
        await mirror.FollowUntilAsync(client, limit: 4, done: m => m.Articles.Keys.Intersect(mine).Order().SequenceEqual(expected));

        Assert.Equal(expected, mirror.Articles.Keys.Intersect(mine).Order());
        Assert.DoesNotContain(articles[1].Id, mirror.Articles.Keys);
    }

    private static ArticleContent Retitled(Article article, string title, bool syndicatable) => new(
        article.Type, article.Language, title, article.Slug, article.Summary, article.BodyHtml,
        [.. article.Authors.OrderBy(a => a.Position).Select(a => a.AuthorId)], [.. article.Tags.OrderBy(t => t.Position).Select(t => t.TagId)],
        article.PrimaryTagId, syndicatable);

    /// <summary>A write as the service makes it, but its transaction stays open after SaveChanges until <paramref name="commit"/>.</summary>
    private async Task WriteInOpenTransactionAsync(Guid id, Action<Article> change, TaskCompletionSource? saved, Task commit)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ContentDbContext>();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var article = await ArticleWrites.LoadAsync(db, id);
            var wasSyndicated = ArticleEvents.IsSyndicated(article);
            change(article);
            ArticleWrites.Events(factory.Services).Record(db, article, wasSyndicated, ArticleEvent.Updated);
            await db.SaveChangesAsync();
            saved?.SetResult();
            await commit;
            await transaction.CommitAsync();
        });
    }

    private Task<HashSet<Guid>> SyndicatedIdsAsync() => factory.WithDbAsync(async db => (await db.Articles
        .Where(a => a.Status == ArticleStatus.Published && a.Syndicatable).Select(a => a.Id).ToListAsync()).ToHashSet());

    /// <summary>A partner's mirror: applies the change feed to its own copy, keeping the token between calls.</summary>
    private sealed class Mirror
    {
        private string? _token;

        public Dictionary<Guid, JsonElement> Articles { get; } = [];
        public HashSet<Guid> Deleted { get; } = [];
        public HashSet<Guid> Seen { get; } = [];
        public List<JsonElement> Entries { get; } = [];

        /// <summary>Reads to the end of the feed, again and again (bounded) until <paramref name="done"/> holds.</summary>
        public async Task FollowUntilAsync(HttpClient client, int limit, Func<Mirror, bool> done)
        {
            for (var round = 0; round < 100; round++)
            {
                bool hasMore;
                do
                {
                    var url = $"/api/v1/sync?limit={limit}" + (_token is null ? "" : $"&since={_token}");
                    using var page = JsonDocument.Parse(await client.GetStringAsync(url));
                    foreach (var entry in page.RootElement.GetProperty("data").EnumerateArray())
                    {
                        Apply(entry.Clone());
                    }

                    _token = page.RootElement.GetProperty("meta").GetProperty("nextToken").GetString();
                    hasMore = page.RootElement.GetProperty("meta").GetProperty("hasMore").GetBoolean();
                }
                while (hasMore);

                if (done(this))
                {
                    return;
                }

                // Another transaction on the server (other tests share it) may hold the horizon back a moment.
                await Task.Delay(100);
            }
        }

        private void Apply(JsonElement entry)
        {
            Entries.Add(entry);
            if (entry.GetProperty("action").GetString() == "upsert")
            {
                var article = entry.GetProperty("article");
                var id = article.GetProperty("id").GetGuid();
                Articles[id] = article;
                Seen.Add(id);
            }
            else
            {
                var id = entry.GetProperty("id").GetGuid();
                Articles.Remove(id);
                Deleted.Add(id);
                Seen.Add(id);
            }
        }
    }
}
