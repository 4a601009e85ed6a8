using System.Net;
using ContentApi.IntegrationTests.Infrastructure;

namespace ContentApi.IntegrationTests.Delivery;

public class ListParameterValidationTests(ContentApiFactory factory) : IClassFixture<ContentApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(apiKey: null);

    public static TheoryData<string, string> BadParameters => new()
    {
        { "limit=0", "limit" },
        { "limit=101", "limit" },
        { "limit=ten", "limit" },
        { "limit=-1", "limit" },
        { "limit=5,6", "limit" },
        { "sort=newest", "sort" },
        { "sort=relevance", "sort" },
        { "type=blog", "type" },
        { "type=news,", "type" },
        { "include=comments", "include" },
        { "facets=colour", "facets" },
        { "from=yesterday", "from" },
        { "from=2012-13-01", "from" },
        { "to=10/10/2012", "to" },
        { "to=2012-10-10T10:00:00 02:00", "to" },
        { "from=2012-10-11&to=2012-10-10", "from" },
        { "page=0", "page" },
        { "page=x", "page" },
        { "cursor=%00%01", "cursor" },
        { "tag=a,,b", "tag" },
        { "tag=a|-b", "tag" },
        { "tag=Peru!", "tag" },
        { "tag=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "tag" },
        { "author=Not%20A%20Slug", "author" },
        { "lang=xx", "lang" },
        { "status=draft", "status" },
        { "status=archived", "status" },
        { "tags=peru", "tags" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_list_parameter_is_a_400_naming_it(string query, string field)
    {
        var message = await (await _client.GetAsync($"/api/v1/articles?{query}")).AssertBadRequestAsync(field);

        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public async Task A_search_over_200_characters_is_a_400_and_200_is_fine()
    {
        await (await _client.GetAsync($"/api/v1/articles?q={new string('a', 201)}")).AssertBadRequestAsync("q");
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/articles?q={new string('a', 200)}")).StatusCode);
    }

    [Fact]
    public async Task Twenty_tag_terms_are_fine()
    {
        var tags = string.Join(",", Enumerable.Range(0, 20).Select(i => $"t{i}"));

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync($"/api/v1/articles?tag={tags}")).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/tags/x/articles?limit=0", "limit")]
    [InlineData("/api/v1/authors/x/articles?sort=x", "sort")]
    [InlineData("/api/v1/articles/x/related?limit=21", "limit")]
    [InlineData("/api/v1/sitemap?limit=1001", "limit")]
    [InlineData("/api/v1/sitemap?cursor=abc", "cursor")]
    [InlineData("/api/v1/tags?kind=planet", "kind")]
    [InlineData("/api/v1/tags?limit=0", "limit")]
    [InlineData("/api/v1/authors?cursor=abc", "cursor")]
    [InlineData("/api/v1/authors?limit=101", "limit")]
    [InlineData("/api/v1/articles/x?lang=xx", "lang")]
    [InlineData("/api/v1/articles/x?include=body", "include")]
    public async Task Bad_parameters_on_other_read_routes_are_400s_naming_them(string url, string field)
    {
        await (await _client.GetAsync(url)).AssertBadRequestAsync(field);
    }

    [Fact]
    public async Task Unknown_filter_slugs_are_an_empty_result_not_an_error()
    {
        var page = await _client.GetJsonAsync("/api/v1/articles?tag=no-such-tag&author=no-such-author");

        Assert.Empty(page.Ids());
    }
}
