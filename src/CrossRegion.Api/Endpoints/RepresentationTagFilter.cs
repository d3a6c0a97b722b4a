using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// Entity tags, one rule for every endpoint. A write's answer carries the resource's version (tasks) or revision
/// (asks, issues, meetings, reports, schemes, task forces …) as a strong ETag, <c>"7"</c>, the tag If-Match takes back.
/// A read's answer (GET, 200, JSON) carries a tag of exactly what was sent: the version and a digest of the body,
/// <c>"7-3fa9c1d2e4b5"</c> (the digest alone for what has no version), so that If-None-Match answers 304 only when
/// the representation is unchanged (lights move with the calendar and the language changes the words, not the
/// version), and If-Match still takes it: the version before the dash is what a write is checked against.
/// </summary>
internal sealed class RepresentationTagFilter : IEndpointFilter
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> Versions = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var result = await next(context);
        var (status, value, type) = result switch
        {
            IValueHttpResult valued => ((result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK, valued.Value, Declared(result)),
            IResult or null => (0, null, null),
            _ => (StatusCodes.Status200OK, result, result.GetType()),
        };
        if (status is < 200 or >= 300 || value is null || type is null)
        {
            return result;
        }

        var http = context.HttpContext;
        var version = VersionOf(value.GetType()) is { } property && property.GetValue(value) is int v ? v : (int?)null;
        if (!HttpMethods.IsGet(http.Request.Method) || status != StatusCodes.Status200OK)
        {
            if (version is { } written && http.Response.Headers.ETag.Count == 0)
            {
                http.Response.Headers.ETag = ETags.Format(written);
            }

            return result;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, type, options);
        var digest = Convert.ToHexStringLower(SHA256.HashData(body))[..12];
        var tag = version is { } read ? $"\"{read}-{digest}\"" : $"\"{digest}\"";
        http.Response.Headers.ETag = tag;
        return Matches(http.Request.Headers.IfNoneMatch, tag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(body, "application/json; charset=utf-8");
    }

    /// <summary>The resource's <c>Version</c> or <c>Revision</c> (an int), when the type has one.</summary>
    public static PropertyInfo? VersionOf(Type type) => Versions.GetOrAdd(type, t =>
        t.GetProperty("Version", typeof(int)) ?? t.GetProperty("Revision", typeof(int)));

    /// <summary>The type the endpoint declared for its body (Ok&lt;T&gt;'s T), as the framework would serialize it.</summary>
    private static Type? Declared(object result) =>
        result.GetType() is { IsGenericType: true } generic && generic.GetGenericArguments() is [var body] ? body : null;

    /// <summary>If-None-Match: <c>*</c>, or any tag equal to the current one under the weak comparison (RFC 9110 §13.1.2).</summary>
    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string tag) =>
        EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Tag == "*" || string.Equals(t.Tag.ToString(), tag, StringComparison.Ordinal));
}
