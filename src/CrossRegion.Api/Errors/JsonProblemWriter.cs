using Microsoft.Extensions.Options;

namespace CrossRegion.Api.Errors;

/// <summary>
/// Writes every problem as application/problem+json, whatever the request's Accept header says. The framework's own
/// writer declines when a client accepts only, say, application/pdf, and the error would then become a 500 (or a
/// plain-text status page); an error has one representation here, and a client that cannot read it still gets the
/// right status code.
/// </summary>
internal sealed class JsonProblemWriter(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Status ??= http.Response.StatusCode;
        problem.Type ??= $"https://www.rfc-editor.org/rfc/rfc9110#status.{problem.Status}";
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(http.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", http.RequestAborted));
    }
}
