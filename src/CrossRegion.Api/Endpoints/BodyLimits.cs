using CrossRegion.Application.Common.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// How large a request body may be, per kind of endpoint (README, "Limits"). Routing applies an endpoint's limit to
/// the server before the body is read, so an oversized body is refused (413 problem+json) from its Content-Length or
/// as soon as it grows past the limit, and never buffered whole.
/// </summary>
internal static class BodyLimits
{
    /// <summary>Sign-in, refresh, logout and the token endpoint: a user name, a password, a token.</summary>
    public const long Auth = 8 * 1024;

    /// <summary>Every JSON command, unless its endpoint says otherwise (Kestrel's default for the server).</summary>
    public const long Json = 1024 * 1024;

    /// <summary>
    /// Path and query together. The server's own request-line limit is set well above it (<see cref="MaxRequestLine"/>)
    /// so that a long URI gets this answer, a problem, rather than the server's bare 414.
    /// </summary>
    public const int MaxUriCharacters = 16 * 1024;

    public const int MaxRequestLine = 64 * 1024;

    /// <summary>The CSV import: about 6 MB of text, plus a form's envelope.</summary>
    public const long CsvImport = 7 * 1024 * 1024;

    /// <summary>An attachment (20 MiB of content, checked again by the use case) plus a form's envelope.</summary>
    public const long Attachment = Application.Attachments.Common.AttachmentContent.MaxBytes + (64 * 1024);

    /// <summary>
    /// Refuses a body whose declared length is over its endpoint's limit before anything reads it. The server
    /// enforces the same limit on bodies without a length (chunked) as they are read.
    /// </summary>
    public static IApplicationBuilder UseBodyLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? Json;
            if (context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length > MaxUriCharacters)
            {
                return Errors.ProblemWriter.WriteAsync(context, StatusCodes.Status414UriTooLong, "uri_too_long", Localized.Text(
                    $"请求地址超过上限（{MaxUriCharacters} 个字符）。", $"The request URI is over the limit of {MaxUriCharacters} characters."));
            }

            return context.Request.ContentLength > limit
                ? Errors.ProblemWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "payload_too_large", Localized.Text(
                    $"请求体超过上限（{limit} 字节）。", $"The request body is over the limit of {limit} bytes."))
                : next(context);
        });

    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Limit(bytes));

    private sealed class Limit(long bytes) : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => bytes;
    }
}
