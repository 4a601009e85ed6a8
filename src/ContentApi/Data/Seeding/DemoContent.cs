using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ContentApi.Domain.Articles;
using ContentApi.Domain.Authors;
using ContentApi.Domain.Common;
using ContentApi.Domain.Tags;
using static ContentApi.Data.Seeding.DemoText;

namespace ContentApi.Data.Seeding;

/// <summary>The demo newsroom: deterministic, original content shaped like the reference page.</summary>
public static partial class DemoContent
{
    // A seeded System.Random yields the same sequence on every run, so the demo database is identical everywhere.
    private const int Seed = 20121010;

    private const int MinWords = 160;
    private const int MaxWords = 880;

    // Stories, not articles: a pair is one story written in both languages.
    private const int PairStories = 40;
    private const int SpanishOnlyStories = 52;
    private const int EnglishOnlyStories = 173;
    private const int DraftStories = 14;
    private const int ScheduledStories = 8;

    private static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ArchiveStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ArchiveEnd = new(2026, 10, 31, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime TaxonomyCreatedAt = new(2023, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ScheduleStart = new(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime ScheduleEnd = new(2030, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    private static readonly (ArticleType Type, int Stories)[] TypeMix =
    [
        (ArticleType.Brief, 117),
        (ArticleType.News, 70),
        (ArticleType.Analysis, 48),
        (ArticleType.Investigation, 12),
        (ArticleType.Report, 10),
        (ArticleType.Organization, 8),
    ];

    private static readonly HashSet<string> SmallWords = ["a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to"];

    public static DemoDataSet Build() => new Generator(new Random(Seed)).Run();

    private enum Edition
    {
        English,
        Spanish,
        Both,
    }

    private enum BlockKind
    {
        Paragraph,
        Heading,
        Quote,
        List,
    }

    private sealed record Block(BlockKind Kind, IReadOnlyList<Pair> Items);

    private sealed record StoryPlan(ArticleType Type, Edition Edition, ArticleStatus Status, DateTime CreatedAt, DateTime? PublishAt);

    private sealed record Story(
        Headline Headline,
        Angle Angle,
        Country Country,
        Topic Topic,
        CrimeGroup Group,
        IReadOnlyDictionary<string, string> English,
        IReadOnlyDictionary<string, string> Spanish)
    {
        public IReadOnlyDictionary<string, string> Values(bool spanish) => spanish ? Spanish : English;
    }

    /// <summary>Hands out a bank's sentences without repeats, so no article says the same thing twice.</summary>
    private sealed class Deck
    {
        private readonly Queue<Pair> _queue;

        public Deck(Pair[] items, Random? random)
        {
            var copy = items.ToArray();
            random?.Shuffle(copy);
            _queue = new Queue<Pair>(copy);
        }

        public int Remaining => _queue.Count;

        public List<Pair> Take(int count)
        {
            var taken = new List<Pair>();
            while (taken.Count < count && _queue.Count > 0)
            {
                taken.Add(_queue.Dequeue());
            }

            return taken;
        }
    }

    private sealed class Generator(Random random)
    {
        private readonly Random _random = random;
        private readonly List<Author> _authors = [];
        private readonly List<AuthorSeed> _authorSeeds = [];
        private readonly List<Tag> _tags = [];
        private readonly Dictionary<string, Tag> _tagsByName = new(StringComparer.Ordinal);
        private readonly List<Article> _articles = [];
        private readonly HashSet<string> _englishSlugs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _spanishSlugs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _titles = new(StringComparer.Ordinal);

        public DemoDataSet Run()
        {
            CreateAuthors();
            CreateTags();
            foreach (var plan in PlanStories())
            {
                WriteStory(plan);
            }

            return new DemoDataSet(_authors, _tags, _articles);
        }

        private void CreateAuthors()
        {
            for (var index = 0; index < DemoText.Authors.Length; index++)
            {
                var seed = DemoText.Authors[index];
                var at = TaxonomyCreatedAt.AddMinutes(index);
                var slug = Slug.FromTitle(seed.Name);
                var first = seed.Name.Split(' ')[0];
                var focus = PickDistinct([.. Topics.Where(topic => topic.Countries is null)], 2);
                var role = seed.Role.ToLowerInvariant();
                var bio = new List<string>
                {
                    Format(Pick(BioOpenings), seed.Name, ("aeiou".Contains(role[0], StringComparison.Ordinal) ? "an " : "a ") + role, seed.City),
                    Format(Pick(BioFocus), first, $"{focus[0].En} and {focus[1].En}", seed.Region),
                };
                if (_random.NextDouble() < 0.7)
                {
                    bio.Add(Format(Pick(BioBackground), first));
                }

                var handle = slug.Replace("-", "", StringComparison.Ordinal);
                AuthorLink[] options =
                [
                    new("Website", $"https://www.example.org/people/{slug}"),
                    new("X", $"https://x.example.org/{handle}"),
                    new("Mastodon", $"https://social.example.org/@{handle}"),
                ];
                var links = PickDistinct(options, _random.Next(3));

                _authors.Add(Author.Create(NewId(at), slug, seed.Name, string.Join(' ', bio), seed.Role, $"https://images.example.org/authors/{slug}.jpg", links, at));
                _authorSeeds.Add(seed);
            }
        }

        private void CreateTags()
        {
            for (var index = 0; index < Countries.Length; index++)
            {
                var country = Countries[index];
                AddTag(country.Name, TagKind.Country, Format(CountryDescriptions[index % CountryDescriptions.Length], country.En, country.PlaceEn));
            }

            foreach (var topic in Topics)
            {
                AddTag(topic.Name, TagKind.Topic, topic.Description);
            }

            foreach (var group in Groups)
            {
                AddTag(group.Name, TagKind.Group, group.Description);
            }

            foreach (var group in Groups.Where(group => TaggedLeaders.Contains(group.Leader)))
            {
                var places = group.Countries.Select(name => Countries.First(country => country.Name == name).En).ToList();
                var where = places.Count == 1 ? places[0] : string.Join(", ", places[..^1]) + " and " + places[^1];
                AddTag(group.Leader, TagKind.Person, $"Alleged leader of {group.En}, a criminal group active in {where}.");
            }
        }

        private void AddTag(string name, TagKind kind, string description)
        {
            var at = TaxonomyCreatedAt.AddHours(1).AddMinutes(_tags.Count);
            var tag = Tag.Create(NewId(at), Slug.FromTitle(name), name, kind, description, at);
            _tags.Add(tag);
            _tagsByName.Add(name, tag);
        }

        private List<StoryPlan> PlanStories()
        {
            var types = TypeMix.SelectMany(mix => Enumerable.Repeat(mix.Type, mix.Stories)).ToArray();
            var editions = Enumerable.Repeat(Edition.Both, PairStories)
                .Concat(Enumerable.Repeat(Edition.Spanish, SpanishOnlyStories))
                .Concat(Enumerable.Repeat(Edition.English, EnglishOnlyStories))
                .ToArray();
            var statuses = Enumerable.Repeat(ArticleStatus.Draft, DraftStories)
                .Concat(Enumerable.Repeat(ArticleStatus.Scheduled, ScheduledStories))
                .Concat(Enumerable.Repeat(ArticleStatus.Published, types.Length - DraftStories - ScheduledStories))
                .ToArray();
            _random.Shuffle(types);
            _random.Shuffle(editions);
            _random.Shuffle(statuses);

            var plans = new List<StoryPlan>(types.Length);
            for (var index = 0; index < types.Length; index++)
            {
                var status = statuses[index];
                DateTime createdAt;
                DateTime? publishAt = null;
                switch (status)
                {
                    case ArticleStatus.Published:
                        var published = RandomTime(ArchiveStart.AddHours(12), ArchiveEnd);
                        publishAt = published;
                        createdAt = published.AddMinutes(-_random.Next(30, 600));
                        break;
                    case ArticleStatus.Scheduled:
                        createdAt = RandomTime(ArchiveEnd.AddDays(-30), ArchiveEnd);
                        publishAt = RandomTime(ScheduleStart, ScheduleEnd);
                        break;
                    default:
                        // Drafts are work in progress, so they were started recently.
                        createdAt = RandomTime(ArchiveEnd.AddDays(-75), ArchiveEnd);
                        break;
                }

                plans.Add(new StoryPlan(types[index], editions[index], status, createdAt, publishAt));
            }

            // Writing in creation order lets related links point only at articles that already existed.
            return [.. plans.OrderBy(plan => plan.CreatedAt)];
        }

        private void WriteStory(StoryPlan plan)
        {
            var story = DrawStory(plan);
            var blocks = PlanBody(story);
            var englishBody = RenderBody(blocks, story, spanish: false);
            var englishTitle = Title(story, spanish: false);

            var mentions = englishTitle + " " + Fill(story.Headline.Summary.En, story.English, spanish: false) + " " + englishBody;
            var tagIds = new List<Guid> { _tagsByName[story.Country.Name].Id, _tagsByName[story.Topic.Name].Id };
            foreach (var extra in PickDistinct(TopicsIn(story.Country).Where(topic => topic != story.Topic).ToArray(), _random.Next(3)))
            {
                tagIds.Add(_tagsByName[extra.Name].Id);
            }

            if (mentions.Contains(story.Group.Name, StringComparison.Ordinal))
            {
                tagIds.Add(_tagsByName[story.Group.Name].Id);
            }

            if (TaggedLeaders.Contains(story.Group.Leader) && mentions.Contains(story.Group.Leader, StringComparison.Ordinal))
            {
                tagIds.Add(_tagsByName[story.Group.Leader].Id);
            }

            var authorIds = PickAuthors(plan.Type);
            var syndicatable = plan.Type == ArticleType.Brief || _random.NextDouble() < 0.85;

            Article? original = null;
            if (plan.Edition != Edition.Spanish)
            {
                original = Write(story, blocks, spanish: false, plan.Type, authorIds, tagIds, syndicatable, null, plan.CreatedAt, plan.PublishAt, plan.Status);
            }

            if (plan.Edition != Edition.English)
            {
                // A translation follows its original by a few hours; a story told only in Spanish keeps the plan's dates.
                var delay = original is null ? TimeSpan.Zero : TimeSpan.FromMinutes(_random.Next(60, 1080));
                var publishAt = plan.Status == ArticleStatus.Published ? plan.PublishAt + delay : plan.PublishAt;
                Write(story, blocks, spanish: true, plan.Type, authorIds, tagIds, syndicatable, original?.Id, plan.CreatedAt + delay, publishAt, plan.Status);
            }
        }

        private Article Write(
            Story story,
            List<Block> blocks,
            bool spanish,
            ArticleType type,
            List<Guid> authorIds,
            List<Guid> tagIds,
            bool syndicatable,
            Guid? translationGroupId,
            DateTime createdAt,
            DateTime? publishAt,
            ArticleStatus status)
        {
            var title = Title(story, spanish);
            _titles.Add(title);
            var slugs = spanish ? _spanishSlugs : _englishSlugs;
            var baseSlug = Slug.FromTitle(title);
            var slug = baseSlug;
            for (var number = 2; !slugs.Add(slug); number++)
            {
                slug = Slug.WithSuffix(baseSlug, number);
            }

            var values = story.Values(spanish);
            var content = new ArticleContent(
                type,
                spanish ? "es" : "en",
                title,
                slug,
                Sentence(story.Headline.Summary, values, spanish),
                RenderBody(blocks, story, spanish),
                authorIds,
                tagIds,
                tagIds[0],
                syndicatable);
            var article = Article.Create(NewId(createdAt), content, translationGroupId, createdAt);
            if (status != ArticleStatus.Draft)
            {
                article.Publish(publishAt, Now);
            }

            AddRelatedLinks(article, story, publishAt ?? createdAt);
            _articles.Add(article);
            return article;
        }

        private void AddRelatedLinks(Article article, Story story, DateTime reference)
        {
            var links = new List<RelatedLinkTarget>();
            if (_random.NextDouble() < 0.4)
            {
                var earlier = _articles
                    .Where(other => other.IsPublished && other.PublishedAt < reference && other.Language == article.Language && other.TranslationGroupId != article.TranslationGroupId)
                    .ToList();

                // Readers expect related content from the same country first.
                var sameCountry = earlier.Where(other => other.PrimaryTagId == article.PrimaryTagId).ToArray();
                var wanted = _random.Next(1, 4);
                var chosen = PickDistinct(sameCountry, Math.Min(wanted, sameCountry.Length)).ToList();
                var rest = earlier.Where(other => !chosen.Contains(other)).ToArray();
                chosen.AddRange(PickDistinct(rest, Math.Min(wanted - chosen.Count, rest.Length)));
                links.AddRange(chosen.Select(other => new RelatedLinkTarget(other.Id, null, null)));
            }

            if (_random.NextDouble() < 0.1)
            {
                var spanish = article.Language == "es";
                var title = Sentence(Pick(ExternalLinks), story.Values(spanish), spanish);
                links.Add(new RelatedLinkTarget(null, $"https://www.example.org/{article.Language}/resources/{Slug.FromTitle(title)}", title));
            }

            if (links.Count > 0)
            {
                article.ReplaceRelatedLinks(links, Now);
            }
        }

        private Story DrawStory(StoryPlan plan)
        {
            // Re-draw on a repeated headline: the archive should not run the same title twice.
            Story story;
            var attempts = 0;
            do
            {
                story = NewStory(plan.Type);
                attempts++;
            }
            while (attempts < 50 && (
                (plan.Edition != Edition.Spanish && _titles.Contains(Title(story, spanish: false))) ||
                (plan.Edition != Edition.English && _titles.Contains(Title(story, spanish: true)))));

            return story;
        }

        private Story NewStory(ArticleType type)
        {
            var headlines = Headlines
                .Where(headline => type is ArticleType.Brief or ArticleType.News ? headline.Type is ArticleType.Brief or ArticleType.News : headline.Type == type)
                .ToArray();
            var headline = Pick(headlines);
            var country = PickCountry(null);
            var possible = TopicsIn(country);
            var fitting = possible.Where(topic => headline.Topics?.Contains(topic.Name) ?? true).ToArray();
            var topic = Pick(fitting.Length > 0 ? fitting : possible);

            // A drug seizure only opens stories whose topic has to do with drugs.
            var angle = headline.Angle != Angle.Any ? headline.Angle
                : DrugTopics.Contains(topic.Name) ? (Angle)_random.Next((int)Angle.Seizure, (int)Angle.Expansion + 1)
                : (Angle)_random.Next((int)Angle.Policy, (int)Angle.Expansion + 1);
            var local = Groups.Where(group => group.Countries.Contains(country.Name)).ToArray();
            var group = local.Length > 0 && _random.NextDouble() < 0.85 ? Pick(local) : Pick(Groups);
            var neighbor = PickCountry(country);
            var drug = topic.Name switch
            {
                "Synthetic Drugs" => Pick(SyntheticDrugs),
                "Cocaine" or "Coca" => Pick(CocaDrugs),
                _ => Pick(Drugs),
            };
            var kilos = 200 + (10 * _random.Next(0, 930));
            var year = _random.Next(2017, 2023).ToString(CultureInfo.InvariantCulture);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["kilos"] = kilos,
                ["total"] = kilos * _random.Next(3, 10),
                ["arrests"] = _random.Next(3, 41),
                ["officials"] = _random.Next(4, 29),
                ["percent"] = _random.Next(8, 46),
                ["murders"] = _random.Next(12, 141),
                ["amount"] = 5 * _random.Next(3, 81),
                ["interviews"] = 5 * _random.Next(8, 41),
            };

            Dictionary<string, string> Values(bool spanish)
            {
                var language = spanish ? "es" : "en";
                var topicSlug = Slug.FromTitle(topic.Name);
                var values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["country"] = spanish ? country.Es : country.En,
                    ["poss"] = country.En.EndsWith('s') ? country.En + "'" : country.En + "'s",
                    ["place"] = spanish ? country.PlaceEs : country.PlaceEn,
                    ["topic"] = spanish ? topic.Es : topic.En,
                    ["group"] = spanish ? group.Es : group.En,
                    ["person"] = group.Leader,
                    ["drug"] = spanish ? drug.Es : drug.En,
                    ["country2"] = spanish ? neighbor.Es : neighbor.En,
                    ["topicHref"] = $"https://www.example.org/{language}/{(spanish ? "temas" : "topics")}/{topicSlug}",
                    ["groupHref"] = $"https://www.example.org/{language}/{(spanish ? "grupos" : "groups")}/{Slug.FromTitle(group.Name)}",
                    ["year"] = year,
                    ["projectHref"] = $"https://www.example.org/{language}/{(spanish ? "proyectos" : "projects")}/{topicSlug}-{Slug.FromTitle(country.Name)}",
                };
                foreach (var (key, number) in numbers)
                {
                    values[key] = FormatNumber(number, spanish);
                }

                return values;
            }

            return new Story(headline, angle, country, topic, group, Values(spanish: false), Values(spanish: true));
        }

        private List<Block> PlanBody(Story story)
        {
            var opening = new Deck(story.Headline.Body ?? Narrative(Openings[(int)story.Angle - 1]), null);
            var context = new Deck(Context, _random);
            var analysis = new Deck(DemoText.Analysis, _random);
            var outlook = new Deck(Outlook, _random);
            var quotes = new Deck(Quotes, _random);
            var items = new Deck(ListItems, _random);
            var method = new Deck(Methodology, _random);
            var general = new Deck(OrganizationGeneral, _random);
            var link = _random.NextDouble() < 0.35 ? Pick(LinkedContext) : null;

            var blocks = new List<Block>();
            void Paragraph(IEnumerable<Pair> sentences)
            {
                var list = sentences.ToList();
                if (list.Count > 0)
                {
                    blocks.Add(new Block(BlockKind.Paragraph, list));
                }
            }

            void Heading(Pair heading) => blocks.Add(new Block(BlockKind.Heading, [heading]));

            void Quote()
            {
                if (quotes.Remaining > 0)
                {
                    blocks.Add(new Block(BlockKind.Quote, quotes.Take(1)));
                }
            }

            void Bullets(int min, int max)
            {
                Paragraph([ListIntro]);
                blocks.Add(new Block(BlockKind.List, items.Take(Between(min, max))));
            }

            List<Pair> WithLink(List<Pair> sentences)
            {
                if (link is not null)
                {
                    sentences.Add(link);
                }

                return sentences;
            }

            bool Chance(double probability) => _random.NextDouble() < probability;

            switch (story.Headline.Type)
            {
                case ArticleType.Organization:
                    Paragraph(opening.Take(3));
                    Paragraph(context.Take(2));
                    Heading(AboutHeading);
                    var closing = general.Take(Between(3, 4));
                    if (Chance(0.5))
                    {
                        closing.Add(OrganizationLink);
                    }

                    Paragraph(closing);
                    break;

                case ArticleType.Analysis:
                    Paragraph(opening.Take(2));
                    Paragraph(WithLink(context.Take(Between(1, 2))));
                    Heading(BackgroundHeading);
                    Paragraph(context.Take(Between(2, 3)));
                    if (Chance(0.4))
                    {
                        Bullets(3, 4);
                    }

                    Heading(AnalysisHeading);
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(Between(1, 2)));
                    if (Chance(0.4))
                    {
                        Quote();
                    }

                    Heading(OutlookHeading);
                    Paragraph(outlook.Take(Between(2, 3)));
                    break;

                case ArticleType.Investigation:
                    Paragraph(opening.Take(Between(2, 3)));
                    Paragraph(context.Take(2));
                    Heading(SchemeHeading);
                    Paragraph(opening.Take(3));
                    Quote();
                    Paragraph(WithLink(context.Take(3)));
                    Bullets(4, 6);
                    Heading(BackgroundHeading);
                    Paragraph(context.Take(3));
                    Heading(AnalysisHeading);
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(3));
                    Quote();
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(Between(2, 3)));
                    Heading(OutlookHeading);
                    Paragraph(outlook.Take(3));
                    break;

                case ArticleType.Report:
                    Paragraph(opening.Take(3));
                    Heading(FindingsHeading);
                    Bullets(5, 6);
                    Heading(MethodologyHeading);
                    Paragraph(method.Take(Between(4, 5)));
                    Heading(BackgroundHeading);
                    Paragraph(WithLink(context.Take(3)));
                    Paragraph(context.Take(2));
                    Heading(AnalysisHeading);
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(3));
                    Paragraph(analysis.Take(Between(2, 3)));
                    Heading(OutlookHeading);
                    Paragraph(outlook.Take(Between(2, 3)));
                    break;

                case ArticleType.News:
                    Paragraph(opening.Take(2));
                    Paragraph(opening.Take(2));
                    if (Chance(0.4))
                    {
                        Quote();
                    }

                    Paragraph(WithLink(context.Take(2)));
                    Heading(AnalysisHeading);
                    Paragraph(analysis.Take(Between(2, 3)));
                    Paragraph([.. analysis.Take(1), .. outlook.Take(1)]);
                    break;

                default:
                    Paragraph(opening.Take(Between(2, 3)));
                    Paragraph(WithLink(context.Take(Between(1, 2))));
                    Heading(AnalysisHeading);
                    Paragraph(analysis.Take(Between(2, 3)));
                    if (Chance(0.5))
                    {
                        Paragraph(outlook.Take(Between(1, 2)));
                    }

                    break;
            }

            // Templates vary in length, so trim or pad until both languages fall inside the word range.
            while (true)
            {
                var english = CountWords(RenderBody(blocks, story, spanish: false));
                var spanish = CountWords(RenderBody(blocks, story, spanish: true));
                if (Math.Max(english, spanish) > MaxWords)
                {
                    // A heading keeps the paragraph right after it, and a list keeps its introduction.
                    var last = blocks.Count - 1;
                    while (last > 0 && (blocks[last].Kind != BlockKind.Paragraph || blocks[last - 1].Kind == BlockKind.Heading || (last + 1 < blocks.Count && blocks[last + 1].Kind == BlockKind.List)))
                    {
                        last--;
                    }

                    if (last <= 0)
                    {
                        break;
                    }

                    blocks.RemoveAt(last);
                }
                else if (Math.Min(english, spanish) < MinWords)
                {
                    // News about ourselves grows with more about our work; everything else with more analysis.
                    var extra = story.Headline.Type == ArticleType.Organization
                        ? general.Remaining > 0 ? general.Take(2) : context.Take(2)
                        : analysis.Remaining > 0 ? analysis.Take(2) : context.Remaining > 0 ? context.Take(2) : outlook.Take(2);
                    if (extra.Count == 0)
                    {
                        break;
                    }

                    // The closing paragraph stays last unless it is the only one under its heading.
                    var beforeClosing = blocks[^1].Kind == BlockKind.Paragraph && blocks[^2].Kind == BlockKind.Paragraph;
                    blocks.Insert(beforeClosing ? blocks.Count - 1 : blocks.Count, new Block(BlockKind.Paragraph, extra));
                }
                else
                {
                    break;
                }
            }

            return blocks;
        }

        /// <summary>Opening sentences tell the news in order, so some are left out but none is moved.</summary>
        private Pair[] Narrative(Pair[] sentences) => [sentences[0], .. sentences.Skip(1).Where(_ => _random.NextDouble() >= 0.25)];

        private List<Guid> PickAuthors(ArticleType type)
        {
            // News about ourselves is signed by the people who run the organization.
            var eligible = Enumerable.Range(0, _authorSeeds.Count)
                .Where(index => type != ArticleType.Organization || _authorSeeds[index].Role is "Co-director" or "Editor")
                .ToList();
            var roll = _random.NextDouble();
            var count = roll < 0.65 ? 1 : roll < 0.93 ? 2 : 3;
            var chosen = new List<int>();
            if (type == ArticleType.Report && _random.NextDouble() < 0.5)
            {
                var analysts = eligible.Where(index => _authorSeeds[index].Role == "Data Analyst").ToArray();
                chosen.Add(Pick(analysts));
            }

            while (chosen.Count < count)
            {
                var remaining = eligible.Where(index => !chosen.Contains(index)).ToList();
                var total = remaining.Sum(index => _authorSeeds[index].Weight);
                var ticket = _random.Next(total);
                foreach (var index in remaining)
                {
                    ticket -= _authorSeeds[index].Weight;
                    if (ticket < 0)
                    {
                        chosen.Add(index);
                        break;
                    }
                }
            }

            return [.. chosen.Select(index => _authors[index].Id)];
        }

        private static Topic[] TopicsIn(Country country) =>
            [.. Topics.Where(topic => topic.Countries?.Contains(country.Name) ?? true)];

        private Country PickCountry(Country? except)
        {
            var candidates = Countries.Where(country => country != except).ToArray();
            var ticket = _random.Next(candidates.Sum(country => country.Weight));
            foreach (var country in candidates)
            {
                ticket -= country.Weight;
                if (ticket < 0)
                {
                    return country;
                }
            }

            return candidates[^1];
        }

        private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

        private T[] PickDistinct<T>(T[] items, int count)
        {
            var copy = items.ToArray();
            _random.Shuffle(copy);
            return copy[..count];
        }

        private int Between(int min, int max) => _random.Next(min, max + 1);

        private DateTime RandomTime(DateTime from, DateTime to) =>
            from.AddMinutes(_random.NextInt64((long)(to - from).TotalMinutes));

        /// <summary>A UUIDv7 whose time is <paramref name="at"/>, so ids sort like the archive and never change between runs.</summary>
        private Guid NewId(DateTime at)
        {
            Span<byte> bytes = stackalloc byte[16];
            _random.NextBytes(bytes);
            var milliseconds = (long)(at - DateTime.UnixEpoch).TotalMilliseconds;
            for (var index = 0; index < 6; index++)
            {
                bytes[index] = (byte)(milliseconds >> (8 * (5 - index)));
            }

            bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
            bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
            return new Guid(bytes, bigEndian: true);
        }
    }

    private static string Title(Story story, bool spanish)
    {
        var title = Fill(spanish ? story.Headline.Title.Es : story.Headline.Title.En, story.Values(spanish), spanish);
        return spanish ? Capitalize(title) : TitleCase(title);
    }

    private static string Sentence(Pair template, IReadOnlyDictionary<string, string> values, bool spanish) =>
        Capitalize(Fill(spanish ? template.Es : template.En, values, spanish));

    private static string RenderBody(IReadOnlyList<Block> blocks, Story story, bool spanish)
    {
        var values = story.Values(spanish);
        var html = new StringBuilder();
        foreach (var block in blocks)
        {
            var texts = block.Items.Select(item => Sentence(item, values, spanish)).ToList();
            html.Append(block.Kind switch
            {
                BlockKind.Heading => $"<h2>{texts[0]}</h2>",
                BlockKind.Quote => $"<blockquote>{texts[0]}</blockquote>",
                BlockKind.List => "<ul>" + string.Concat(texts.Select(text => $"<li>{text}</li>")) + "</ul>",
                _ => $"<p>{string.Join(' ', texts)}</p>",
            });
            html.Append('\n');
        }

        return html.ToString().TrimEnd();
    }

    /// <summary>Replaces {placeholders}; Spanish also gets its obligatory contractions ("de el Clan" → "del Clan").</summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values, bool spanish)
    {
        var text = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position).Append(values[template[(open + 1)..close]]);
            position = close + 1;
        }

        var filled = text.ToString();
        return spanish
            ? filled.Replace(" de el ", " del ", StringComparison.Ordinal).Replace(" a el ", " al ", StringComparison.Ordinal)
            : filled;
    }

    /// <summary>Upper-cases the first letter of the text, looking past markup and opening quotes.</summary>
    private static string Capitalize(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var character = text[index];
            if (character == '<')
            {
                index = text.IndexOf('>', index);
            }
            else if (char.IsLetter(character))
            {
                return string.Concat(text.AsSpan(0, index), char.ToUpperInvariant(character).ToString(), text.AsSpan(index + 1));
            }
            else if (char.IsDigit(character))
            {
                break;
            }
        }

        return text;
    }

    private static string TitleCase(string title)
    {
        var words = title.Split(' ');
        for (var index = 0; index < words.Length; index++)
        {
            var startsPhrase = index == 0 || words[index - 1].EndsWith(':');
            if (!startsPhrase && SmallWords.Contains(words[index]))
            {
                continue;
            }

            // "Months-Long" but "Port-au-Prince": short particles inside a hyphenated name stay lower-case.
            words[index] = string.Join('-', words[index].Split('-').Select((part, position) =>
                position == 0 || part.Length >= 4 ? char.ToUpperInvariant(part[0]) + part[1..] : part));
        }

        return string.Join(' ', words);
    }

    // Spanish groups thousands with a point but leaves four-digit numbers alone (RAE).
    private static string FormatNumber(int number, bool spanish) =>
        !spanish ? number.ToString("N0", CultureInfo.InvariantCulture)
        : number >= 10_000 ? number.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')
        : number.ToString(CultureInfo.InvariantCulture);

    private static string Format(string template, params object[] values) => string.Format(CultureInfo.InvariantCulture, template, values);

    private static int CountWords(string html) => Words().Count(Markup().Replace(html, " "));

    // Same rules as Article's word count, so the range checked here is the one the API reports.
    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex Words();
}

public sealed record DemoDataSet(IReadOnlyList<Author> Authors, IReadOnlyList<Tag> Tags, IReadOnlyList<Article> Articles);
