using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Errors;

/// <summary>Writes RFC 9457 problem details (application/problem+json) with a stable <c>code</c> and a <c>traceId</c>.</summary>
internal static class ProblemWriter
{
    public static Task WriteAsync(
        HttpContext context,
        int status,
        string code,
        string? detail = null,
        IDictionary<string, string[]>? errors = null,
        IDictionary<string, object?>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = errors is null ? new ProblemDetails() : new HttpValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = ProblemCatalog.Title(code);
        problem.Detail = detail;
        problem.Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}";
        problem.Extensions["code"] = code;
        foreach (var (key, value) in extensions ?? new Dictionary<string, object?>())
        {
            problem.Extensions[key] = value;
        }

        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
        }).AsTask();
    }

    /// <summary>Sets <c>Retry-After</c> in whole seconds, never under one (a client must not retry at once).</summary>
    public static void SetRetryAfter(HttpContext context, TimeSpan wait)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Adds what every problem carries: the trace id and the request path.</summary>
    public static void Customize(ProblemDetailsContext context)
    {
        context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        // The W3C trace id, as every log line of the request carries it (@tr) and the trace is found by.
        context.ProblemDetails.Extensions["traceId"] = Activity.Current is { } activity ? activity.TraceId.ToHexString() : context.HttpContext.TraceIdentifier;

        // .NET 10 also adds the trace id under the JSON naming policy's name (trace_id); one name is enough.
        context.ProblemDetails.Extensions.Remove("trace_id");
        if (!context.ProblemDetails.Extensions.ContainsKey("code") && context.ProblemDetails.Status is { } status)
        {
            var code = ProblemCatalog.CodeForStatus(status);
            context.ProblemDetails.Extensions["code"] = code;
            context.ProblemDetails.Title = ProblemCatalog.Title(code);
        }
    }
}
