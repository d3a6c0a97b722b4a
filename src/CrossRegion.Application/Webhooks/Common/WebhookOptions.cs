namespace CrossRegion.Application.Webhooks.Common;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string SectionName = "Webhooks";

    /// <summary>Attempts before a delivery is dead-lettered (the first included).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait before the first retry; each later wait doubles, up to <see cref="MaxRetrySeconds"/>, ±20 % jitter.</summary>
    public double FirstRetrySeconds { get; set; } = 30;

    public double MaxRetrySeconds { get; set; } = 3600;

    /// <summary>A receiver slower than this counts as a failed attempt (and is retried).</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Callback URLs must be https unless this is on (local development and tests).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Ports a public receiver may listen on besides 443 (and 80 when http is allowed).</summary>
    public IList<int> AllowedPorts { get; } = [];

    /// <summary>
    /// Internal receivers the operator trusts (addresses or CIDR ranges, e.g. <c>10.20.0.5</c>, <c>10.20.0.0/24</c>),
    /// on any port. Empty by default: every non-public address is refused (docs/security.md).
    /// </summary>
    public IList<string> AllowedInternalTargets { get; } = [];
}
