using ContentApi.Features.Articles.Listing;
using ContentApi.Infrastructure.Caching;
using ContentApi.Infrastructure.Errors;
using Microsoft.Extensions.Options;

namespace ContentApi.Tests.Delivery;

public class ListParsingTests
{
    [Fact]
    public void A_tag_expression_parses_into_and_groups_of_or_terms_and_nots()
    {
        var expression = TagExpression.Parse(" peru , cocaine|coca ,-opinion", "tag");

        Assert.Equal(2, expression.AllOf.Count);
        Assert.Equal(["peru"], expression.AllOf[0]);
        Assert.Equal(["cocaine", "coca"], expression.AllOf[1]);
        Assert.Equal(["opinion"], expression.NoneOf);
        Assert.Equal(4, expression.TermCount);
    }

    [Fact]
    public void Equal_tag_expressions_normalize_to_the_same_key()
    {
        Assert.Equal(TagExpression.Parse("coca|cocaine,peru,-b,-a", "tag").Normalized, TagExpression.Parse("peru,cocaine|coca,-a,-b", "tag").Normalized);
        Assert.NotEqual(TagExpression.Parse("a,b", "tag").Normalized, TagExpression.Parse("a|b", "tag").Normalized);
    }

    [Theory]
    [InlineData("a,,b")]
    [InlineData("a|")]
    [InlineData("-a|b")]
    [InlineData("A")]
    [InlineData("a b")]
    [InlineData("a\nb")]
    [InlineData("-")]
    public void A_malformed_tag_expression_is_a_validation_problem_naming_tag(string value)
    {
        var problem = Assert.Throws<ValidationProblemException>(() => TagExpression.Parse(value, "tag"));

        Assert.True(problem.Errors.ContainsKey("tag"));
    }

    [Fact]
    public void More_than_twenty_terms_are_refused()
    {
        var terms = string.Join("|", Enumerable.Range(0, 21).Select(i => $"t{i}"));

        Assert.Throws<ValidationProblemException>(() => TagExpression.Parse(terms, "tag"));
    }

    [Theory]
    [InlineData("2012-10-10", false, "2012-10-10T00:00:00.0000000Z")]
    [InlineData("2012-10-10", true, "2012-10-10T23:59:59.9999999Z")]
    [InlineData("2012-10-10T14:05:00Z", true, "2012-10-10T14:05:00.0000000Z")]
    [InlineData("2012-10-10T14:05:00+02:00", false, "2012-10-10T12:05:00.0000000Z")]
    [InlineData("2012-10-10T14:05", false, "2012-10-10T14:05:00.0000000Z")]
    public void Dates_and_date_times_parse_to_utc(string value, bool endOfDay, string expected)
    {
        Assert.Equal(expected, QueryValues.Date(value, "from", endOfDay)!.Value.ToString("O"));
    }

    [Theory]
    [InlineData("10/10/2012")]
    [InlineData("2012-10-10 14:05")]
    [InlineData("2012-02-30")]
    [InlineData("yesterday")]
    public void Other_date_spellings_are_refused(string value)
    {
        Assert.Throws<ValidationProblemException>(() => QueryValues.Date(value, "from", endOfDay: false));
    }

    [Fact]
    public void A_cursor_round_trips_and_is_bound_to_its_sort_and_filters()
    {
        var cursors = new Cursor(Options.Create(new DeliveryOptions()));
        var position = new CursorPosition("638000000000000000", Guid.CreateVersion7());

        var token = cursors.Encode("articles:-publishedAt", "tag=peru", position);

        Assert.Equal(position, cursors.Decode(token, "articles:-publishedAt", "tag=peru"));
        Assert.Throws<ValidationProblemException>(() => cursors.Decode(token, "articles:publishedAt", "tag=peru"));
        Assert.Throws<ValidationProblemException>(() => cursors.Decode(token, "articles:-publishedAt", "tag=chile"));
        Assert.Throws<ValidationProblemException>(() => new Cursor(Options.Create(new DeliveryOptions { CursorSecret = "another" }))
            .Decode(token, "articles:-publishedAt", "tag=peru"));
        Assert.DoesNotContain('+', token);
        Assert.DoesNotContain('/', token);
    }
}
