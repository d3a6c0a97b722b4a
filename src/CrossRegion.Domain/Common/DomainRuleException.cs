namespace CrossRegion.Domain.Common;

/// <summary>
/// A business rule of an aggregate was violated. The API maps it to 409/422, never to 500, and answers with
/// <see cref="MessageZh"/> unless the request asked for English.
/// </summary>
public sealed class DomainRuleException : Exception
{
    /// <summary>One message for both languages (already localized by the caller).</summary>
    public DomainRuleException(string code, string message)
        : base(message)
    {
        Code = code;
        MessageZh = message;
    }

    /// <summary>The rule's message in Chinese and in English; <see cref="Exception.Message"/> is the English one.</summary>
    public DomainRuleException(string code, string messageZh, string messageEn)
        : base(messageEn)
    {
        Code = code;
        MessageZh = messageZh;
    }

    public DomainRuleException()
        : this("domain_rule", "A business rule was violated.")
    {
    }

    public DomainRuleException(string message)
        : this("domain_rule", message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "domain_rule";
    }

    public string? MessageZh { get; }

    /// <summary>Stable machine-readable code, e.g. <c>party.department_jurisdiction</c>.</summary>
    public string Code { get; } = "domain_rule";
}
