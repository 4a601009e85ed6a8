using ContentApi.Domain.Authors;
using ContentApi.Domain.Common;
using ContentApi.Domain.Tags;

namespace ContentApi.Data.Dataset;

/// <summary>
/// The archive's authors and tags (about 2,000 and 5,000), made deterministically from the seed. Each kind of tag is
/// ranked, and articles pick by rank with Zipf weights: "Peru" or a top topic sits on tens of thousands of articles,
/// most people and groups on a handful.
/// </summary>
internal sealed class SyntheticCatalogue
{
    public const int AuthorCount = 2_000;
    public const int TopicCount = 1_500;
    public const int GroupCount = 1_600;

    public SyntheticCatalogue(long seed, DateTime now)
    {
        var random = DatasetRandom.For(seed, 0, Stream.Catalogue);
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var countries = WordBanks.Countries.Select(name => NewTag(ref random, name, TagKind.Country)).ToArray();
        var topics = Distinct(ref random, TopicCount, (ref DatasetRandom r) => $"{r.Pick(WordBanks.TopicHeads)} {r.Pick(WordBanks.TopicTails)}")
            .Select(name => NewTag(ref random, name, TagKind.Topic)).ToArray();
        var groups = Distinct(ref random, GroupCount, GroupName).Select(name => NewTag(ref random, name, TagKind.Group)).ToArray();
        var personCount = 5_000 - countries.Length - topics.Length - groups.Length;
        var people = Distinct(ref random, personCount, PersonName).Select(name => NewTag(ref random, name, TagKind.Person)).ToArray();
        Countries = countries;
        Topics = topics;
        Groups = groups;
        People = people;

        var authorSlugs = new HashSet<string>(StringComparer.Ordinal);
        Authors = [.. Distinct(ref random, AuthorCount, PersonName).Select(name =>
        {
            var id = NewId(ref random);
            var slug = Unique(authorSlugs, Slug.FromTitle(name));
            var role = random.Pick(WordBanks.Roles);
            AuthorLink[] links = random.Chance(0.6) ? [new AuthorLink("X", $"https://x.example.com/{slug.Replace("-", "", StringComparison.Ordinal)}")] : [];
            return Author.Create(id, slug, name, $"{name} covers {random.Pick(WordBanks.TopicHeads).ToLowerInvariant()} " +
                $"{random.Pick(WordBanks.TopicTails).ToLowerInvariant()} for the newsroom.", role, null, links, now);
        })];

        CountryRanks = new ZipfTable(Countries.Count, 1.05);
        TopicRanks = new ZipfTable(Topics.Count, 1.0);
        GroupRanks = new ZipfTable(Groups.Count, 1.0);
        PersonRanks = new ZipfTable(People.Count, 1.0);
        AuthorRanks = new ZipfTable(Authors.Count, 0.9);

        Tag NewTag(ref DatasetRandom r, string name, TagKind kind) =>
            Tag.Create(NewId(ref r), Unique(slugs, Slug.FromTitle(name)), name, kind, $"Coverage of {name}.", now);
    }

    private delegate string NameMaker(ref DatasetRandom random);

    public IReadOnlyList<Tag> Countries { get; }
    public IReadOnlyList<Tag> Topics { get; }
    public IReadOnlyList<Tag> Groups { get; }
    public IReadOnlyList<Tag> People { get; }
    public IReadOnlyList<Author> Authors { get; }
    public ZipfTable CountryRanks { get; }
    public ZipfTable TopicRanks { get; }
    public ZipfTable GroupRanks { get; }
    public ZipfTable PersonRanks { get; }
    public ZipfTable AuthorRanks { get; }

    public IEnumerable<Tag> Tags => Countries.Concat(Topics).Concat(Groups).Concat(People);

    /// <summary>A random (version 4 shaped) id from the stream, so the catalogue is the same on every run.</summary>
    public static Guid NewId(ref DatasetRandom random)
    {
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, random.NextUInt64());
        BitConverter.TryWriteBytes(bytes[8..], random.NextUInt64());
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    private static string PersonName(ref DatasetRandom random) => $"{random.Pick(WordBanks.FirstNames)} {random.Pick(WordBanks.LastNames)}";

    private static string GroupName(ref DatasetRandom random) => random.Next(3) switch
    {
        0 => $"{random.Pick(WordBanks.GroupWords)} {random.Pick(WordBanks.GroupKinds)}",
        1 => $"{random.Pick(WordBanks.LastNames)} {random.Pick(WordBanks.GroupKinds)}",
        _ => $"Los {random.Pick(WordBanks.GroupWords)} del {random.Pick(WordBanks.GroupWords)}",
    };

    private static List<string> Distinct(ref DatasetRandom random, int count, NameMaker make)
    {
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; names.Count < count; attempt++)
        {
            var name = make(ref random);
            // The word banks allow far more combinations than asked for; numbering only guards against a short bank.
            if (attempt > count * 20)
            {
                name = $"{name} {attempt}";
            }

            if (seen.Add(name))
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static string Unique(HashSet<string> taken, string slug)
    {
        var candidate = slug;
        for (var number = 2; !taken.Add(candidate); number++)
        {
            candidate = Slug.WithSuffix(slug, number);
        }

        return candidate;
    }
}
