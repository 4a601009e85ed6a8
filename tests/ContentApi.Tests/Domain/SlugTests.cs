using ContentApi.Domain.Common;

namespace ContentApi.Tests.Domain;

public class SlugTests
{
    [Theory]
    [InlineData("Policía en la frontera", "policia-en-la-frontera")]
    [InlineData("Peru Weighs Larger Military Role Against Drug Trade", "peru-weighs-larger-military-role-against-drug-trade")]
    [InlineData("  ¿Quién controla el narcotráfico?  ", "quien-controla-el-narcotrafico")]
    [InlineData("Niños y señales: año 2024", "ninos-y-senales-ano-2024")]
    [InlineData("São Paulo's PCC — a profile", "sao-paulo-s-pcc-a-profile")]
    [InlineData("Straße & Œuvre", "strasse-and-oeuvre")]
    public void FromTitle_transliterates_accents_and_joins_words_with_hyphens(string title, string expected) =>
        Assert.Equal(expected, Slug.FromTitle(title));

    [Fact]
    public void FromTitle_of_nothing_slug_worthy_is_empty() => Assert.Equal("", Slug.FromTitle("¡¿…?!"));

    [Fact]
    public void FromTitle_cuts_long_titles_at_a_word_boundary_within_the_limit()
    {
        var slug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("cocaine", 40)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.True(Slug.IsValid(slug));
        Assert.EndsWith("cocaine", slug);
    }

    [Theory]
    [InlineData("peru", true)]
    [InlineData("peru-2024", true)]
    [InlineData("Peru", false)]
    [InlineData("peru--cocaine", false)]
    [InlineData("-peru", false)]
    [InlineData("peru-", false)]
    [InlineData("perú", false)]
    [InlineData("", false)]
    public void IsValid_accepts_only_lowercase_words_joined_by_single_hyphens(string slug, bool valid) =>
        Assert.Equal(valid, Slug.IsValid(slug));

    [Fact]
    public void WithSuffix_keeps_the_result_within_the_limit()
    {
        var slug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("abcdefghi", 20)));

        var suffixed = Slug.WithSuffix(slug, 12);

        Assert.True(suffixed.Length <= Slug.MaxLength);
        Assert.EndsWith("-12", suffixed);
        Assert.True(Slug.IsValid(suffixed));
    }
}
