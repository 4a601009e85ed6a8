using System.Text.Json;
using System.Text.Json.Serialization;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using ContentApi.Infrastructure.Mapping;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Features.Articles;

/// <summary>Every save of an article adds a revision: a full snapshot of its editable state, who saved it and when.</summary>
public static class ArticleRevisions
{
    /// <summary>Snapshots are stored in the API's own JSON shape, so a revision reads like the request that made it.</summary>
    public static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Adds the next revision to the unit of work (numbers count up from 1 per article).</summary>
    public static async Task AddAsync(ContentDbContext db, Article article, Guid? keyId, string savedBy, DateTime now, bool isNew, CancellationToken cancellationToken)
    {
        var number = isNew
            ? 1
            : (await db.Revisions.Where(revision => revision.ArticleId == article.Id).MaxAsync(revision => (int?)revision.Number, cancellationToken) ?? 0) + 1;
        var snapshot = JsonSerializer.Serialize(article.MapTo<ArticleSnapshot>(), SnapshotJson);
        db.Revisions.Add(new Revision(article.Id, number, snapshot, keyId, savedBy, now));
    }
}
