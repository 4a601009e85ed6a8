using ContentApi.Domain.Articles;
using ContentApi.Domain.Common;
using ContentApi.Domain.Tags;

namespace ContentApi.Data.Dataset;

/// <summary>What the archive says about one article, short of its text.</summary>
internal readonly record struct ArticleFacts(
    Guid Id,
    ArticleType Type,
    ArticleStatus Status,
    string Language,
    Guid TranslationGroupId,
    bool Syndicatable,
    Tag[] Tags,
    Tag PrimaryTag,
    Guid[] AuthorIds,
    DateTime? PublishedAt,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>The listing copy of the publish date on article_tags / article_authors, as <c>Article.Touch</c> keeps it.</summary>
    public DateTime? ListedAt => Status == ArticleStatus.Published ? PublishedAt : null;
}

/// <summary>One related link: to another article of the archive (by index) or to an external page.</summary>
internal readonly record struct LinkFacts(Guid Id, long? TargetIndex, string? Url, string? Title);

/// <summary>
/// Article number <c>index</c> of a synthetic archive, computed from (seed, index) alone: any article can be
/// regenerated at any time, so nothing is ever held in memory but the one being written. Articles are numbered
/// oldest first across 15 years; about a fifth come in English/Spanish translation pairs (2k, 2k+1).
/// </summary>
internal sealed class SyntheticArchive(long seed, long articleCount, DateTime until, SyntheticCatalogue catalogue)
{
    public const double DraftShare = 0.03;
    public const double NonSyndicatableShare = 0.05;
    public const double TranslationPairShare = 0.2;
    public const double SpanishShare = 0.35;

    private static readonly (ArticleType Type, double Weight)[] Types =
        [(ArticleType.Brief, 0.35), (ArticleType.News, 0.33), (ArticleType.Analysis, 0.15), (ArticleType.Investigation, 0.05),
         (ArticleType.Report, 0.10), (ArticleType.Organization, 0.02)];

    private readonly DateTime _start = until.AddYears(-15);
    private readonly double _stepTicks = (until - until.AddYears(-15)).Ticks / (double)Math.Max(1, articleCount);

    public long Seed => seed;

    public long Count => articleCount;

    public SyntheticCatalogue Catalogue => catalogue;

    public ArticleFacts Facts(long index)
    {
        var paired = IsPaired(index);
        var topicIndex = paired ? index & ~1L : index;
        var status = DatasetRandom.For(seed, index, Stream.Status);
        var draft = status.Chance(DraftShare);
        var syndicatable = !status.Chance(NonSyndicatableShare);
        var language = paired ? (index % 2 == 0 ? "en" : "es") : status.Chance(SpanishShare) ? "es" : "en";

        // The second of a pair is the translation, published some hours after the original.
        var publishedAt = paired && index % 2 == 1
            ? Min(Timeline(topicIndex).AddMinutes(status.Between(60, 36 * 60)), until.AddMinutes(-1))
            : Timeline(index);
        var createdAt = publishedAt.AddMinutes(-status.Between(10, 72 * 60));
        var updatedAt = status.Chance(0.2) ? Min(publishedAt.AddMinutes(status.Between(5, 30 * 24 * 60)), until) : publishedAt;

        var topic = DatasetRandom.For(seed, topicIndex, Stream.Topic);
        var type = PickType(ref topic);
        var tags = PickTags(ref topic);
        var primary = topic.Chance(0.8) ? tags[0] : tags[1];
        var authors = PickAuthors(ref topic);

        return new ArticleFacts(IdOf(index), type, draft ? ArticleStatus.Draft : ArticleStatus.Published, language,
            paired ? IdOf(topicIndex) : IdOf(index), syndicatable, tags, primary, authors,
            draft ? null : publishedAt, createdAt, draft ? createdAt : updatedAt);
    }

    /// <summary>A version-7 shaped id whose time is the article's place on the timeline, so ids follow publish order.</summary>
    public Guid IdOf(long index)
    {
        var random = DatasetRandom.For(seed, index, Stream.Identity);
        var milliseconds = (ulong)new DateTimeOffset(Timeline(index)).ToUnixTimeMilliseconds();
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        for (var position = 0; position < 6; position++)
        {
            bytes[position] = (byte)(milliseconds >> (8 * (5 - position)));
        }

        var bits = random.NextUInt64();
        bytes[6] = (byte)(0x70 | (int)(bits & 0x0F));
        bytes[7] = (byte)(bits >> 8);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public string Title(long index, ArticleFacts facts)
    {
        var random = DatasetRandom.For(seed, index, Stream.Title);
        return ArticleText.Title(ref random, facts.Language, facts.Tags[0]);
    }

    /// <summary>The title's slug, with the article's number in base 36 so it is unique in its language.</summary>
    public static string SlugOf(long index, string title)
    {
        var suffix = "-" + ToBase36(index);
        var slug = Slug.FromTitle(title);
        if (slug.Length > 90)
        {
            var cut = slug.LastIndexOf('-', 90);
            slug = cut > 0 ? slug[..cut] : slug[..90];
        }

        return slug + suffix;
    }

    /// <summary>300–1,500 words: briefs short, investigations long (about 700 on average).</summary>
    public ArticleText.Body Body(long index, ArticleFacts facts)
    {
        var random = DatasetRandom.For(seed, index, Stream.Body);
        var (minWords, maxWords) = facts.Type switch
        {
            ArticleType.Brief or ArticleType.Organization => (300, 600),
            ArticleType.News => (400, 900),
            ArticleType.Report => (600, 1_200),
            ArticleType.Analysis => (800, 1_500),
            _ => (1_000, 1_500),
        };
        return ArticleText.Write(ref random, facts.Language, minWords, maxWords);
    }

    /// <summary>0–5 related links: mostly to recent earlier articles, some to external pages.</summary>
    public int Links(long index, Span<LinkFacts> links)
    {
        var random = DatasetRandom.For(seed, index, Stream.Links);
        var count = random.Next(100) switch { < 35 => 0, < 50 => 1, < 70 => 2, < 83 => 3, < 93 => 4, _ => 5 };
        for (var position = 0; position < count; position++)
        {
            var id = SyntheticCatalogue.NewId(ref random);
            long? target = index > 0 && random.Chance(0.8) ? index - 1 - random.Next((int)Math.Min(index, 5_000)) : null;
            for (var earlier = 0; earlier < position && target is not null; earlier++)
            {
                if (links[earlier].TargetIndex == target)
                {
                    target = null;
                }
            }

            links[position] = target is { } internalLink
                ? new LinkFacts(id, internalLink, null, random.Chance(0.2) ? ArticleText.Headline(ref random, "en", 3, 6) : null)
                : new LinkFacts(id, null, $"https://www.example.net/reports/{ToBase36(random.Next(1_000_000))}",
                    ArticleText.Headline(ref random, "en", 4, 8));
        }

        return count;
    }

    private bool IsPaired(long index)
    {
        var first = index & ~1L;
        return first + 1 < articleCount && DatasetRandom.For(seed, first, Stream.Pair).Chance(TranslationPairShare);
    }

    /// <summary>Evenly spread over 15 years, oldest first, with jitter within each article's slot.</summary>
    private DateTime Timeline(long index)
    {
        var random = DatasetRandom.For(seed, index, Stream.Timeline);
        var ticks = (index + 0.1 + random.NextDouble() * 0.8) * _stepTicks;
        var at = _start.AddTicks((long)ticks);
        return new DateTime(at.Ticks - at.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    }

    private static ArticleType PickType(ref DatasetRandom random)
    {
        var roll = random.NextDouble();
        foreach (var (type, weight) in Types)
        {
            if ((roll -= weight) < 0)
            {
                return type;
            }
        }

        return ArticleType.News;
    }

    /// <summary>3–6 tags: a country first, one or two topics, often a group or a person, topped up with topics.</summary>
    private Tag[] PickTags(ref DatasetRandom random)
    {
        var count = random.Between(3, 6);
        var tags = new List<Tag>(count) { catalogue.Countries[catalogue.CountryRanks.Next(ref random)] };
        AddDistinct(tags, catalogue.Topics[catalogue.TopicRanks.Next(ref random)]);
        if (random.Chance(0.45))
        {
            AddDistinct(tags, catalogue.Groups[catalogue.GroupRanks.Next(ref random)]);
        }

        if (random.Chance(0.35) && tags.Count < count)
        {
            AddDistinct(tags, catalogue.People[catalogue.PersonRanks.Next(ref random)]);
        }

        for (var attempt = 0; tags.Count < count; attempt++)
        {
            // Zipf keeps drawing the top topics; after a few repeats take the next ones in rank order.
            AddDistinct(tags, catalogue.Topics[attempt < 8 ? catalogue.TopicRanks.Next(ref random) : attempt]);
        }

        return [.. tags];
    }

    private Guid[] PickAuthors(ref DatasetRandom random)
    {
        var first = catalogue.Authors[catalogue.AuthorRanks.Next(ref random)].Id;
        if (!random.Chance(0.3))
        {
            return [first];
        }

        var second = catalogue.Authors[catalogue.AuthorRanks.Next(ref random)].Id;
        return second == first ? [first] : [first, second];
    }

    private static void AddDistinct(List<Tag> tags, Tag tag)
    {
        if (!tags.Contains(tag))
        {
            tags.Add(tag);
        }
    }

    private static DateTime Min(DateTime left, DateTime right) => left < right ? left : right;

    private static string ToBase36(long value)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[16];
        var position = buffer.Length;
        do
        {
            buffer[--position] = digits[(int)(value % 36)];
            value /= 36;
        }
        while (value > 0);

        return new string(buffer[position..]);
    }
}
