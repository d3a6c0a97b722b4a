namespace CrossRegion.Domain.Common;

/// <summary>
/// A business rule of an aggregate was violated. The API maps it to 409/422, never to 500.
/// </summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string code, string message)
        : base(message)
    {
        Code = code;
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

    /// <summary>Stable machine-readable code, e.g. <c>party.department_jurisdiction</c>.</summary>
    public string Code { get; } = "domain_rule";
}
