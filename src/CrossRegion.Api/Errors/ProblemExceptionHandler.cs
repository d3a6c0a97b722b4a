using System.Text.Json;
using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Infrastructure.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Api.Errors;

/// <summary>
/// The one place exceptions become HTTP answers. Anything unexpected is a 500 with no internals; bad input never is.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private static readonly TimeSpan DatabaseRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (WebConsole.ConsoleErrorPage.Wants(httpContext))
        {
            await WriteConsolePageAsync(httpContext, exception);
            return true;
        }

        var task = exception switch
        {
            ValidationException validation => ProblemWriter.WriteAsync(
                httpContext, 400, "validation", Localized.Text("一个或多个字段无效。", "One or more fields are invalid."), Errors(validation)),
            BadHttpRequestException bad => WriteBadRequest(httpContext, bad),
            BadRequestException bad => ProblemWriter.WriteAsync(httpContext, 400, bad.Code, bad.Message, extensions: OAuthError(bad.Code)),
            AuthenticationFailedException auth => ProblemWriter.WriteAsync(httpContext, 401, auth.Code, auth.Message, extensions: OAuthError(auth.Code)),
            TooManyAttemptsException wait => WriteTooManyAttempts(httpContext, wait),
            ForbiddenAccessException forbidden => ProblemWriter.WriteAsync(httpContext, 403, "forbidden", forbidden.Message),
            ActionRequiredException pending => ProblemWriter.WriteAsync(
                httpContext, 403, pending.Action == RequiredActions.ChangePassword ? "password_change_required" : "two_factor_enrolment_required", pending.Message,
                extensions: new Dictionary<string, object?> { ["required_action"] = pending.Action }),
            PreconditionFailedException precondition => precondition.Required
                ? ProblemWriter.WriteAsync(httpContext, 428, "precondition_required", precondition.Message)
                : ProblemWriter.WriteAsync(httpContext, 412, "precondition_failed", precondition.Message),
            ImportRejectedException rejected => ProblemWriter.WriteAsync(
                httpContext, 422, "import_rejected", rejected.Message, extensions: new Dictionary<string, object?> { ["report"] = rejected.Report }),
            NotFoundException notFound => ProblemWriter.WriteAsync(httpContext, 404, "not_found", notFound.Message),
            DomainRuleException rule => ProblemWriter.WriteAsync(
                httpContext, rule.Code.EndsWith(".duplicate", StringComparison.Ordinal) ? 409 : 422, "rule_violation", Localized.Text(rule.MessageZh ?? rule.Message, rule.Message),
                extensions: new Dictionary<string, object?> { ["rule"] = rule.Code }),
            DbUpdateConcurrencyException => WriteContention(httpContext),
            _ => WriteDatabaseFailure(httpContext, exception),
        };
        if (task is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            task = ProblemWriter.WriteAsync(httpContext, 500, "server_error");
        }

        await task;
        return true;
    }

    // A browser on a console page (an evidence download, an export) gets a page, not the API's JSON.
    private Task WriteConsolePageAsync(HttpContext context, Exception exception)
    {
        var status = exception switch
        {
            NotFoundException => StatusCodes.Status404NotFound,
            ForbiddenAccessException or AuthenticationFailedException => StatusCodes.Status403Forbidden,
            ValidationException or BadRequestException => StatusCodes.Status400BadRequest,
            BadHttpRequestException bad => bad.StatusCode,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        return WebConsole.ConsoleErrorPage.WriteAsync(context, status);
    }

    // The loser of a race for a unique key gets what a later caller gets (409 with the rule); a deadlock or
    // serialization failure is a 409 to retry; a database that cannot be reached is a 503 to retry later.
    private static Task? WriteDatabaseFailure(HttpContext context, Exception exception)
    {
        switch (DatabaseFailure.Classify(exception, out var table))
        {
            case DatabaseFailureKind.Duplicate:
                return ProblemWriter.WriteAsync(context, 409, "rule_violation", Localized.Text(
                    "相同的记录刚被他人同时创建。", "The same record was created by someone else at the same moment."),
                    extensions: new Dictionary<string, object?> { ["rule"] = DuplicateRules.For(table) });
            case DatabaseFailureKind.Contention:
                return WriteContention(context);
            case DatabaseFailureKind.Unavailable:
                ProblemWriter.SetRetryAfter(context, DatabaseRetryAfter);
                return ProblemWriter.WriteAsync(context, 503, "database_unavailable", Localized.Text(
                    "数据库暂时不可用，请稍后重试。", "The database is unavailable for the moment; retry later."));
            default:
                return null;
        }
    }

    private static Task WriteContention(HttpContext context) =>
        ProblemWriter.WriteAsync(context, 409, "concurrent_update", Localized.Text(
            "数据刚被他人同时修改，请重试。", "Someone else changed the same data at the same moment; retry."));

    private static Dictionary<string, string[]> Errors(ValidationException validation) =>
        validation.Errors
            .GroupBy(e => JsonNamingPolicy.SnakeCaseLower.ConvertName(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    private static Task WriteTooManyAttempts(HttpContext context, TooManyAttemptsException wait)
    {
        ProblemWriter.SetRetryAfter(context, wait.RetryAfter);
        return ProblemWriter.WriteAsync(context, 429, "too_many_attempts", wait.Message);
    }

    // JSON that does not parse, a wrong type, a query value that is not a number: name the field when we can.
    private static Task WriteBadRequest(HttpContext context, BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return ProblemWriter.WriteAsync(context, bad.StatusCode, ProblemCatalog.CodeForStatus(bad.StatusCode), bad.Message);
        }

        var field = bad.InnerException is JsonException { Path: { Length: > 2 } path }
            ? JsonPathToField(path)
            : ParameterName().Match(bad.Message) is { Success: true } match ? JsonNamingPolicy.SnakeCaseLower.ConvertName(match.Groups["name"].Value) : null;
        var message = bad.InnerException is JsonException
            ? Localized.Text("JSON 格式错误或字段类型不正确。", "The JSON is malformed or a field has the wrong type.")
            : Localized.Text("参数值格式不正确。", "A parameter has a value of the wrong format.");
        var errors = field is null ? null : new Dictionary<string, string[]> { [field] = [message] };
        return ProblemWriter.WriteAsync(context, 400, "malformed_request", message, errors);
    }

    private static string JsonPathToField(string path) => path.TrimStart('$', '.');

    private static Dictionary<string, object?>? OAuthError(string code) =>
        code is "invalid_request" or "invalid_client" or "invalid_grant" or "unauthorized_client" or "unsupported_grant_type" or "invalid_scope"
            ? new Dictionary<string, object?> { ["error"] = code }
            : null;

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
