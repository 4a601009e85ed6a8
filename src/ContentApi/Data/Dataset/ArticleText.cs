using System.Text;
using ContentApi.Domain.Tags;

namespace ContentApi.Data.Dataset;

/// <summary>
/// Titles, summaries and bodies from the word banks: paragraphs under <c>&lt;h2&gt;</c> sub-headings.
/// Meaningless, but with the shape, length and word frequencies that full-text search and response sizes care about.
/// </summary>
internal static class ArticleText
{
    /// <summary>Function words lead each bank; titles and headings draw from the words after them.</summary>
    private const int FunctionWords = 40;

    /// <summary>About one article in 500 mentions one of the rare words (so each is in about 1 in 10,000).</summary>
    private const double RareWordShare = 0.002;

    /// <summary>The word before a rare word.</summary>
    private const string Near = "Near";

    private static readonly Language English = new(WordBanks.English, " in ");
    private static readonly Language Spanish = new(WordBanks.Spanish, " en ");

    /// <summary>The languages the archive is written in.</summary>
    public static readonly string[] Languages = ["en", "es"];

    /// <summary>Every word a title, summary or body in <paramref name="language"/> can hold, in any case.</summary>
    public static IEnumerable<string> Vocabulary(string language) => LanguageOf(language).All
        .Concat(WordBanks.RareWords)
        .Concat(WordBanks.Countries.SelectMany(country => country.Split(' ')))
        .Append(Near)
        .Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>The HTML body and its word count, counted as the domain counts words (markup aside).</summary>
    public readonly record struct Body(string Summary, string Html, int WordCount);

    public static string Title(ref DatasetRandom random, string language, Tag country)
    {
        var words = LanguageOf(language);
        var title = Headline(ref random, language, 5, 10);
        return random.Chance(0.5) ? title + words.In + country.Name : title;
    }

    public static string Headline(ref DatasetRandom random, string language, int minWords, int maxWords)
    {
        var words = LanguageOf(language);
        var builder = new StringBuilder(96);
        var count = random.Between(minWords, maxWords);
        for (var position = 0; position < count; position++)
        {
            if (position > 0)
            {
                builder.Append(' ');
            }

            AppendCapitalized(builder, words.Content[words.ContentRanks.Next(ref random)]);
        }

        return builder.ToString();
    }

    public static Body Write(ref DatasetRandom random, string language, int minWords, int maxWords)
    {
        var words = LanguageOf(language);
        var summary = new StringBuilder(320);
        AppendSentence(summary, ref random, words, random.Between(18, 30));
        if (random.Chance(0.5))
        {
            summary.Append(' ');
            AppendSentence(summary, ref random, words, random.Between(8, 16));
        }

        var target = random.Between(minWords, maxWords);
        var html = new StringBuilder(target * 8);
        var rareWord = random.Chance(RareWordShare) ? random.Pick(WordBanks.RareWords) : null;
        var count = 0;
        var untilHeading = random.Between(2, 4);
        while (count < target)
        {
            if (untilHeading-- == 0)
            {
                var heading = Headline(ref random, language, 3, 6);
                html.Append("<h2>").Append(heading).Append("</h2>");
                count += CountSpaces(heading) + 1;
                untilHeading = random.Between(2, 4);
            }

            html.Append("<p>");
            var paragraph = Math.Min(random.Between(40, 110), Math.Max(8, target - count));
            for (var first = true; paragraph > 0; first = false)
            {
                var sentence = Math.Min(random.Between(8, 22), paragraph);
                if (!first)
                {
                    html.Append(' ');
                }

                AppendSentence(html, ref random, words, sentence);
                paragraph -= sentence;
                count += sentence;
            }

            if (rareWord is not null)
            {
                html.Append(' ').Append(Near).Append(' ').Append(rareWord).Append('.');
                count += 2;
                rareWord = null;
            }

            html.Append("</p>");
        }

        return new Body(summary.ToString(), html.ToString(), count);
    }

    private static void AppendSentence(StringBuilder builder, ref DatasetRandom random, Language words, int length)
    {
        for (var position = 0; position < length; position++)
        {
            var word = words.All[words.AllRanks.Next(ref random)];
            if (position == 0)
            {
                AppendCapitalized(builder, word);
            }
            else
            {
                builder.Append(' ').Append(word);
            }

            if (position < length - 1 && random.Next(12) == 0)
            {
                builder.Append(',');
            }
        }

        builder.Append('.');
    }

    private static void AppendCapitalized(StringBuilder builder, string word) =>
        builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);

    private static int CountSpaces(string text) => text.Count(character => character == ' ');

    private static Language LanguageOf(string language) => language == "es" ? Spanish : English;

    private sealed class Language
    {
        public Language(string[] bank, string @in)
        {
            All = bank;
            Content = bank[FunctionWords..];
            AllRanks = new ZipfTable(All.Length, 1.0);
            ContentRanks = new ZipfTable(Content.Length, 0.8);
            In = @in;
        }

        public string[] All { get; }
        public string[] Content { get; }
        public ZipfTable AllRanks { get; }
        public ZipfTable ContentRanks { get; }
        public string In { get; }
    }
}
