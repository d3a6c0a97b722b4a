using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Api.Errors;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using MediatR;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// Idempotency-Key on requests that create something. The record (unique per caller and key), what the request
/// creates (with its audit entries) and the response are committed in one transaction: a retry with the same key
/// and body gets the original response (marked <c>Idempotent-Replayed: true</c>), a concurrent duplicate waits on the
/// unique index and then replays, the same key with another body is refused (422), and a failed request consumes
/// nothing.
/// </summary>
internal sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var key = http.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(key))
        {
            return await next(context);
        }

        if (key.Length > 200)
        {
            return new ProblemResult(400, "invalid_request", Localized.Text("Idempotency-Key 最长 200 个字符。", "Idempotency-Key is at most 200 characters."));
        }

        var services = http.RequestServices;
        var store = services.GetRequiredService<IIdempotencyStore>();
        var caller = CallerOf(services.GetRequiredService<ICurrentUser>());
        var hash = RequestHash(context, services);
        await using var claim = await store.TryClaimAsync(caller, key, hash, http.Request.Path, http.RequestAborted);
        if (claim is null)
        {
            // The key was used before (or a duplicate just committed): answer with what it produced.
            return Replay(http, await store.FindAsync(caller, key, http.RequestAborted), hash);
        }

        var result = await next(context);
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        // Results<Ok<T>, Created<T>> wraps the result the endpoint chose.
        var chosen = result is INestedHttpResult nested ? nested.Result : result;
        var status = (chosen as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (chosen as IValueHttpResult)?.Value;
        var location = chosen?.GetType().GetProperty("Location")?.GetValue(chosen) as string;
        await claim.CompleteAsync(status, value is null ? string.Empty : JsonSerializer.Serialize(value, value.GetType(), json), location, http.RequestAborted);
        return result;
    }

    private static object Replay(HttpContext http, StoredResponse? stored, string hash)
    {
        if (stored is null)
        {
            return new ProblemResult(409, "conflict", Localized.Text("相同 Idempotency-Key 的请求正在处理，请稍后重试。", "A request with this Idempotency-Key is in progress; retry shortly."));
        }

        if (stored.RequestHash != hash || stored.Path != http.Request.Path)
        {
            return new ProblemResult(422, "idempotency_key_reused", Localized.Text(
                "该 Idempotency-Key 已用于内容不同的请求。", "This Idempotency-Key was used for a different request."));
        }

        http.Response.Headers[ReplayedHeader] = "true";
        if (stored.Location is not null)
        {
            http.Response.Headers.Location = stored.Location;
        }

        return Results.Text(stored.Body, "application/json; charset=utf-8", Encoding.UTF8, stored.StatusCode);
    }

    // The request as the endpoint sees it (route values and the bound body), so formatting differences in the JSON
    // do not matter. Services and the cancellation token the endpoint also takes are not part of the request.
    private static string RequestHash(EndpointFilterInvocationContext context, IServiceProvider services)
    {
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var request = context.Arguments
            .Where(a => a is IBaseRequest or string or Guid or int or bool || a?.GetType().Namespace?.StartsWith("CrossRegion", StringComparison.Ordinal) == true)
            .Select(a => JsonSerializer.Serialize(a, a!.GetType(), json));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', request))));
    }

    private static string CallerOf(ICurrentUser caller) =>
        caller.UserId is { } id ? $"user:{id}" : $"{caller.Kind.ToString().ToLowerInvariant()}:{caller.Name}";

    private sealed class ProblemResult(int status, string code, string detail) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => ProblemWriter.WriteAsync(httpContext, status, code, detail);
    }
}
