using System.Text.Json;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using FluentValidation;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// Why a use case refused what a form sent, as the form shows it: the message in the person's language and, for the
/// validators' refusals, each field's own errors under its API name (narrative, values[0].value …). A refusal of a
/// stale version says so, so the form can show what changed and offer to apply the person's input again.
/// </summary>
public sealed record Refusal(string Message, IReadOnlyDictionary<string, string> Fields, bool Stale = false)
{
    /// <summary>The refusal an exception stands for; null for a failure that is not the person's to fix.</summary>
    public static Refusal? From(Exception exception) => exception switch
    {
        ValidationException invalid => new(
            Lang.Of("请修改标出的内容。", "Please correct the marked fields."),
            invalid.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.ErrorMessage).Distinct()))),
        PreconditionFailedException stale => new(stale.Message, Empty, Stale: true),
        DomainRuleException rule => new(Localized.Text(rule.MessageZh ?? rule.Message, rule.Message), Empty),
        ForbiddenAccessException forbidden => new(forbidden.Message, Empty),
        NotFoundException missing => new(missing.Message, Empty),
        BadRequestException bad => new(bad.Message, Empty),
        ImportRejectedException rejected => new(rejected.Message, Empty),
        AuthenticationFailedException failed => new(failed.Message, Empty),
        _ => null,
    };

    /// <summary>A message of the form's own (a file over the limit before it is sent).</summary>
    public static Refusal Of(string message) => new(message, Empty);

    /// <summary>aria-invalid for a field with this error: "true", or no attribute at all.</summary>
    public static string? Invalid(string? error) => error is null ? null : "true";

    public string? this[string field] => Fields.TryGetValue(field, out var error) ? error : null;

    private static readonly IReadOnlyDictionary<string, string> Empty = new Dictionary<string, string>();

    private static string FieldName(string property) =>
        string.Join('.', property.Split('.').Select(part => JsonNamingPolicy.SnakeCaseLower.ConvertName(part)));
}
