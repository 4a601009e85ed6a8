using System.Linq.Expressions;
using ContentApi.Data;
using ContentApi.Domain.Articles;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace ContentApi.Features.Articles.Listing;

/// <summary>
/// Full-text search in PostgreSQL. Each article's stored vectors were built in its own language's configuration, so
/// the query is parsed once per language (<c>websearch_to_tsquery</c>: quoted phrases, <c>or</c>, <c>-word</c>; never
/// a syntax error, so hostile text is just text) and matched only against that language's articles. The branches are
/// OR-ed, which the GIN index on search_vector (ix_articles_search_vector) serves as a BitmapOr.
/// Which part of an article matched (<see cref="Tier"/>, for relevance: see <see cref="ArticleRelevance"/>) comes from
/// the small title_vector and headline_vector (title + summary), stored in the row beside the few-kB search_vector
/// that lives out of line in TOAST: telling them apart costs no extra read.
/// </summary>
public static class ArticleSearch
{
    public const int InTitle = 0;
    public const int InSummary = 1;
    public const int InBody = 2;

    /// <summary>Title, summary or body match the search.</summary>
    public static Expression<Func<Article, bool>> Matches(string text, IReadOnlyList<string> languages) =>
        AnyLanguage(languages, language => MatchesIn(language, SearchVector.ConfigurationFor(language), text));

    /// <summary>Where an article matching the search matches best: <see cref="InTitle"/>, <see cref="InSummary"/> or <see cref="InBody"/>.</summary>
    public static Expression<Func<Article, int>> Tier(string text, IReadOnlyList<string> languages)
    {
        var inTitle = AnyLanguage(languages, language => TitleMatchesIn(language, SearchVector.ConfigurationFor(language), text));
        var inHeadline = AnyLanguage(languages, language => HeadlineMatchesIn(language, SearchVector.ConfigurationFor(language), text));
        var article = inTitle.Parameters[0];
        var body = Expression.Condition(inTitle.Body, Expression.Constant(InTitle),
            Expression.Condition(Replace(inHeadline, article), Expression.Constant(InSummary), Expression.Constant(InBody)));
        return Expression.Lambda<Func<Article, int>>(body, article);
    }

    private static Expression<Func<Article, bool>> AnyLanguage(IReadOnlyList<string> languages, Func<string, Expression<Func<Article, bool>>> inLanguage)
    {
        var article = Expression.Parameter(typeof(Article), "article");
        Expression? body = null;
        foreach (var language in languages)
        {
            var branch = Replace(inLanguage(language), article);
            body = body is null ? branch : Expression.OrElse(body, branch);
        }

        return Expression.Lambda<Func<Article, bool>>(body ?? Expression.Constant(false), article);
    }

    private static Expression<Func<Article, bool>> MatchesIn(string language, string configuration, string text) => article =>
        article.Language == language
        && EF.Property<NpgsqlTsVector>(article, SearchVector.Property).Matches(EF.Functions.WebSearchToTsQuery(configuration, text));

    private static Expression<Func<Article, bool>> HeadlineMatchesIn(string language, string configuration, string text) => article =>
        article.Language == language
        && EF.Property<NpgsqlTsVector>(article, SearchVector.HeadlineProperty).Matches(EF.Functions.WebSearchToTsQuery(configuration, text));

    private static Expression<Func<Article, bool>> TitleMatchesIn(string language, string configuration, string text) => article =>
        article.Language == language
        && EF.Property<NpgsqlTsVector>(article, SearchVector.TitleProperty).Matches(EF.Functions.WebSearchToTsQuery(configuration, text));

    private static Expression Replace(LambdaExpression lambda, ParameterExpression parameter) =>
        new ParameterReplacer(lambda.Parameters[0], parameter).Visit(lambda.Body);
}

/// <summary>Puts one lambda's body into another lambda by swapping its parameter.</summary>
internal sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
