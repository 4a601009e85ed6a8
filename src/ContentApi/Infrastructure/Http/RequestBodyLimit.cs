namespace ContentApi.Infrastructure.Http;

/// <summary>
/// Answers 413 for a body over <see cref="ContentApiSetup.MaxRequestBodyBytes"/> before anything reads it. Kestrel has
/// the same limit, but the in-memory test server has none, and a limit hit half-way through model binding surfaces as
/// an I/O error rather than a 413: checking here makes the behaviour the same everywhere and always a problem response.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.ContentLength is { } length)
        {
            if (length > ContentApiSetup.MaxRequestBodyBytes)
            {
                await TooLargeAsync(context);
                return;
            }
        }
        else if (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
        {
            // A body of unknown length (chunked) is read up to one byte past the limit, so a too-large one is caught
            // here and a good one is handed on from memory.
            var buffer = new MemoryStream();
            context.Response.RegisterForDispose(buffer);
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > ContentApiSetup.MaxRequestBodyBytes)
                {
                    await TooLargeAsync(context);
                    return;
                }
            }

            buffer.Position = 0;
            request.Body = buffer;
            request.ContentLength = buffer.Length;
        }

        await next(context);
    });

    private static async Task TooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Payload too large",
                Detail = $"The request body is over the {ContentApiSetup.MaxRequestBodyBytes / 1024 / 1024} MiB limit.",
            },
        });
    }
}
