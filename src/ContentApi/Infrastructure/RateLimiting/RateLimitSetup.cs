using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using ContentApi.Domain.Keys;
using ContentApi.Infrastructure.Auth;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ContentApi.Infrastructure.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter, partitioned by API key (limits by the key's role) and, for anonymous calls, by
/// client address; the <see cref="FeedbackPolicy"/> adds a stricter limit to reader feedback. Refusals are 429
/// problems with <c>Retry-After</c>; every limited response carries <c>RateLimit-Limit</c>, <c>-Remaining</c>,
/// <c>-Reset</c> and <c>-Policy</c> (IETF draft RateLimit header fields) for the tightest limit that applied.
/// </summary>
/// <remarks>
/// Behind a reverse proxy, set <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> so the client address is the
/// caller's and not the proxy's.
/// </remarks>
public static class RateLimitSetup
{
    public const string FeedbackPolicy = "feedback";

    /// <summary>HttpContext.Items: the limiters that counted this request, for the response headers.</summary>
    private static readonly object AppliedItem = new();

    public static IServiceCollection AddContentApiRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RateLimitPartitions>();
        services.ConfigureSwaggerGen(swagger => swagger.OperationFilter<RateLimitOperationFilter>());
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<RateLimitPartitions, IOptions<RateLimitOptions>>((options, partitions, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (IsExempt(context.Request.Path))
                {
                    return RateLimitPartition.GetNoLimiter("exempt");
                }

                var key = context.ApiKey();
                var rule = key?.Role switch
                {
                    null => limits.Value.Anonymous,
                    ApiKeyRole.Reader => limits.Value.Reader,
                    _ => limits.Value.Editor,
                };
                return partitions.Get(context, key is null ? "client:" + ClientAddress(context) : "key:" + key.Id, rule);
            });
            options.AddPolicy(FeedbackPolicy, context => partitions.Get(
                context, "feedback:" + (context.ApiKey() is { } key ? "key:" + key.Id : "client:" + ClientAddress(context)), limits.Value.Feedback));
        });
        return services;
    }

    /// <summary>Goes after authentication (partitions need the key) and before authorization and the output cache.</summary>
    public static IApplicationBuilder UseContentApiRateLimiting(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            // At the last moment, so a response served from the output cache shows this caller's numbers, not the stored ones.
            context.Response.OnStarting(() =>
            {
                WriteHeaders(context);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>The client's network: the address, or its /64 for IPv6 (one household or server holds a whole /64).</summary>
    public static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/swagger");

    private static void WriteHeaders(HttpContext context)
    {
        if (context.Items[AppliedItem] is not List<WindowRateLimiter> applied || applied.Count == 0)
        {
            return;
        }

        var tightest = applied.Select(limiter => (limiter, state: limiter.State())).MinBy(entry => entry.state.Remaining);
        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = tightest.limiter.Rule.PermitLimit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = tightest.state.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = Seconds(tightest.state.Reset);
        headers["RateLimit-Policy"] = string.Join(", ", applied.Select(limiter => limiter.Rule.Policy).Distinct());
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Seconds(retryAfter);
        var who = context.ApiKey() is null ? "Your address" : "Your API key";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"{who} has used up its requests for now; try again in {Seconds(retryAfter)} s (see Retry-After and the RateLimit-* headers).",
            },
        });
    }

    private static string Seconds(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The live limiters by partition, so the headers can read the one that counted a request.</summary>
    internal sealed class RateLimitPartitions(TimeProvider clock)
    {
        private readonly ConcurrentDictionary<string, WindowRateLimiter> _live = new();

        public RateLimitPartition<string> Get(HttpContext context, string partition, RateLimitRule rule)
        {
            if (rule.PermitLimit <= 0)
            {
                return RateLimitPartition.GetNoLimiter(partition);
            }

            if (context.Items[AppliedItem] is not List<WindowRateLimiter> applied)
            {
                context.Items[AppliedItem] = applied = [];
            }

            // The partitioned limiter creates (and, once idle, disposes) the limiter; the header needs the same one.
            var limiter = _live.GetOrAdd(partition, key => new WindowRateLimiter(key, rule, clock, Forget));
            applied.Add(limiter);
            return RateLimitPartition.Get(partition, _ => limiter);
        }

        private void Forget(string partition, WindowRateLimiter limiter) =>
            _live.TryRemove(new KeyValuePair<string, WindowRateLimiter>(partition, limiter));
    }
}
