using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// Full-text search in PostgreSQL. Each article's stored <c>search_vector</c> was built in its own language's
/// configuration, so the query is parsed once per language (<c>websearch_to_tsquery</c>: quoted phrases, <c>or</c>,
/// <c>-word</c>; never a syntax error, so hostile text is just text) and matched only against that language's
/// articles. The branches are OR-ed, which the GIN index on search_vector (ix_articles_search_vector) serves as a
/// BitmapOr. Title, summary and body carry weights A, B and C, so ts_rank scores a title hit above a summary hit
/// above a body hit.
/// </summary>
public static class ArticleSearch
{
    public static Expression<Func<Article, bool>> Matches(string text, IReadOnlyList<string> languages)
    {
        var article = Expression.Parameter(typeof(Article), "article");
        Expression? body = null;
        foreach (var language in languages)
        {
            var branch = Replace(MatchesIn(language, SearchVector.ConfigurationFor(language), text), article);
            body = body is null ? branch : Expression.OrElse(body, branch);
        }

        return Expression.Lambda<Func<Article, bool>>(body ?? Expression.Constant(false), article);
    }

    /// <summary>The relevance of an article to the search, in the configuration of its own language.</summary>
    public static Expression<Func<Article, float>> Rank(string text, IReadOnlyList<string> languages)
    {
        var article = Expression.Parameter(typeof(Article), "article");
        Expression body = Expression.Constant(0f);
        foreach (var language in languages.Reverse())
        {
            body = Expression.Condition(
                Replace(IsIn(language), article),
                Replace(RankIn(SearchVector.ConfigurationFor(language), text), article),
                body);
        }

        return Expression.Lambda<Func<Article, float>>(body, article);
    }

    private static Expression<Func<Article, bool>> MatchesIn(string language, string configuration, string text) => article =>
        article.Language == language
        && EF.Property<NpgsqlTsVector>(article, SearchVector.Property).Matches(EF.Functions.WebSearchToTsQuery(configuration, text));

    private static Expression<Func<Article, bool>> IsIn(string language) => article => article.Language == language;

    private static Expression<Func<Article, float>> RankIn(string configuration, string text) => article =>
        EF.Property<NpgsqlTsVector>(article, SearchVector.Property).Rank(EF.Functions.WebSearchToTsQuery(configuration, text));

    private static Expression Replace(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);
}

/// <summary>Puts one lambda's body into another lambda by swapping its parameter.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
