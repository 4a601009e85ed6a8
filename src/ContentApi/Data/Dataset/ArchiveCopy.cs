using ContentApi.Domain.Articles;
using Npgsql;
using NpgsqlTypes;

namespace ContentApi.Data.Dataset;

/// <summary>
/// Streams a range of the archive into PostgreSQL with binary COPY, one table at a time, generating each row as it
/// is written: memory stays flat whatever the size. Column lists are spelled out, so a column added by a later
/// migration must be added here (or have a default).
/// </summary>
internal static class ArchiveCopy
{
    /// <summary>The 5,000 tags (authors go through EF Core: their links are an owned JSON collection whose shape EF owns).</summary>
    public static void Tags(NpgsqlConnection connection, SyntheticCatalogue catalogue)
    {
        using var writer = Begin(connection, "COPY tags (id, slug, name, kind, description, updated_at) FROM STDIN (FORMAT BINARY)");
        foreach (var tag in catalogue.Tags)
        {
            writer.StartRow();
            writer.Write(tag.Id, NpgsqlDbType.Uuid);
            writer.Write(tag.Slug, NpgsqlDbType.Varchar);
            writer.Write(tag.Name, NpgsqlDbType.Varchar);
            writer.Write(Lower(tag.Kind), NpgsqlDbType.Varchar);
            writer.Write(tag.Description, NpgsqlDbType.Varchar);
            writer.Write(tag.UpdatedAt, NpgsqlDbType.TimestampTz);
        }

        writer.Complete();
    }

    /// <summary>
    /// The articles with their search vectors, which the trigger keeps as they are because the connection said it
    /// supplies them (see <see cref="DatasetLoader"/>).
    /// </summary>
    public static void Articles(
        NpgsqlConnection connection, SyntheticArchive archive, SyntheticSearchVectors.Writer vectors, long from, long to)
    {
        using var writer = Begin(connection,
            "COPY articles (id, type, status, language, translation_group_id, title, slug, summary, body_html, word_count, " +
            "syndicatable, primary_tag_id, published_at, scheduled_at, created_at, updated_at, " +
            "title_vector, headline_vector, search_vector) FROM STDIN (FORMAT BINARY)");
        for (var index = from; index < to; index++)
        {
            var facts = archive.Facts(index);
            var title = archive.Title(index, facts);
            var body = archive.Body(index, facts);
            writer.StartRow();
            writer.Write(facts.Id, NpgsqlDbType.Uuid);
            writer.Write(Lower(facts.Type), NpgsqlDbType.Varchar);
            writer.Write(Lower(facts.Status), NpgsqlDbType.Varchar);
            writer.Write(facts.Language, NpgsqlDbType.Varchar);
            writer.Write(facts.TranslationGroupId, NpgsqlDbType.Uuid);
            writer.Write(title, NpgsqlDbType.Varchar);
            writer.Write(SyntheticArchive.SlugOf(index, title), NpgsqlDbType.Varchar);
            writer.Write(body.Summary, NpgsqlDbType.Varchar);
            writer.Write(body.Html, NpgsqlDbType.Text);
            writer.Write(body.WordCount, NpgsqlDbType.Integer);
            writer.Write(facts.Syndicatable, NpgsqlDbType.Boolean);
            writer.Write(facts.PrimaryTag.Id, NpgsqlDbType.Uuid);
            WriteNullable(writer, facts.PublishedAt);
            writer.WriteNull();
            writer.Write(facts.CreatedAt, NpgsqlDbType.TimestampTz);
            writer.Write(facts.UpdatedAt, NpgsqlDbType.TimestampTz);
            vectors.Write(writer, facts.Language, title, body.Summary, body.Html);
        }

        writer.Complete();
    }

    /// <summary>article_authors and article_tags, with published_at mirrored as the domain keeps it.</summary>
    public static void Bylines(NpgsqlConnection connection, SyntheticArchive archive, long from, long to)
    {
        using (var authors = Begin(connection,
            "COPY article_authors (article_id, author_id, position, published_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var index = from; index < to; index++)
            {
                var facts = archive.Facts(index);
                for (var position = 0; position < facts.AuthorIds.Length; position++)
                {
                    authors.StartRow();
                    authors.Write(facts.Id, NpgsqlDbType.Uuid);
                    authors.Write(facts.AuthorIds[position], NpgsqlDbType.Uuid);
                    authors.Write(position, NpgsqlDbType.Integer);
                    WriteNullable(authors, facts.ListedAt);
                }
            }

            authors.Complete();
        }

        using var tags = Begin(connection,
            "COPY article_tags (article_id, tag_id, position, published_at) FROM STDIN (FORMAT BINARY)");
        for (var index = from; index < to; index++)
        {
            var facts = archive.Facts(index);
            for (var position = 0; position < facts.Tags.Length; position++)
            {
                tags.StartRow();
                tags.Write(facts.Id, NpgsqlDbType.Uuid);
                tags.Write(facts.Tags[position].Id, NpgsqlDbType.Uuid);
                tags.Write(position, NpgsqlDbType.Integer);
                WriteNullable(tags, facts.ListedAt);
            }
        }

        tags.Complete();
    }

    public static void RelatedLinks(NpgsqlConnection connection, SyntheticArchive archive, long from, long to)
    {
        using var writer = Begin(connection,
            "COPY related_links (id, article_id, position, target_article_id, url, title) FROM STDIN (FORMAT BINARY)");
        var links = new LinkFacts[5];
        for (var index = from; index < to; index++)
        {
            var count = archive.Links(index, links);
            if (count == 0)
            {
                continue;
            }

            var articleId = archive.IdOf(index);
            for (var position = 0; position < count; position++)
            {
                var link = links[position];
                writer.StartRow();
                writer.Write(link.Id, NpgsqlDbType.Uuid);
                writer.Write(articleId, NpgsqlDbType.Uuid);
                writer.Write(position, NpgsqlDbType.Integer);
                if (link.TargetIndex is { } target)
                {
                    writer.Write(archive.IdOf(target), NpgsqlDbType.Uuid);
                }
                else
                {
                    writer.WriteNull();
                }

                WriteNullable(writer, link.Url);
                WriteNullable(writer, link.Title);
            }
        }

        writer.Complete();
    }

    /// <summary>
    /// The change feed as if every syndicated article had been published through the API: one upsert each, oldest
    /// first, so a partner mirroring from the beginning gets the whole syndicated archive.
    /// </summary>
    public static long Changes(NpgsqlConnection connection, SyntheticArchive archive)
    {
        var written = 0L;
        using var writer = Begin(connection,
            "COPY article_changes (article_id, action, slug, language, changed_at) FROM STDIN (FORMAT BINARY)");
        for (var index = 0L; index < archive.Count; index++)
        {
            var facts = archive.Facts(index);
            if (facts.Status != ArticleStatus.Published || !facts.Syndicatable)
            {
                continue;
            }

            writer.StartRow();
            writer.Write(facts.Id, NpgsqlDbType.Uuid);
            writer.Write("upsert", NpgsqlDbType.Varchar);
            writer.Write(SyntheticArchive.SlugOf(index, archive.Title(index, facts)), NpgsqlDbType.Varchar);
            writer.Write(facts.Language, NpgsqlDbType.Varchar);
            writer.Write(facts.UpdatedAt, NpgsqlDbType.TimestampTz);
            written++;
        }

        writer.Complete();
        return written;
    }

    // Without a timeout: a chunk's last rows may wait on the server longer than a query would.
    private static NpgsqlBinaryImporter Begin(NpgsqlConnection connection, string copy)
    {
        var writer = connection.BeginBinaryImport(copy);
        writer.Timeout = TimeSpan.Zero;
        return writer;
    }

    // The same lower-case words LowerCaseEnumConverter stores.
    private static string Lower<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static void WriteNullable(NpgsqlBinaryImporter writer, DateTime? value)
    {
        if (value is { } instant)
        {
            writer.Write(instant, NpgsqlDbType.TimestampTz);
        }
        else
        {
            writer.WriteNull();
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, NpgsqlDbType.Varchar);
        }
    }
}
