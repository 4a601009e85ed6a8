using ContentApi.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ContentApi.Infrastructure.Validation;

/// <summary>Makes a slug from a title or name that is not taken yet: the plain one, else "-2", "-3" …</summary>
public static class FreeSlug
{
    /// <param name="name">The title or name to make the slug from.</param>
    /// <param name="fallback">The stem when the name has nothing slug-worthy (all punctuation, another script).</param>
    /// <param name="takenStartingWith">The slugs in use that start with a given stem.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<string> MakeAsync(string name, string fallback, Func<string, IQueryable<string>> takenStartingWith, CancellationToken cancellationToken)
    {
        var stem = Slug.FromTitle(name);
        if (stem.Length == 0)
        {
            stem = fallback;
        }

        var taken = (await takenStartingWith(stem).ToListAsync(cancellationToken)).ToHashSet();
        if (!taken.Contains(stem))
        {
            return stem;
        }

        for (var number = 2; ; number++)
        {
            var candidate = Slug.WithSuffix(stem, number);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
