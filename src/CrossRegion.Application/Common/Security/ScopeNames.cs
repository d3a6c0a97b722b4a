namespace CrossRegion.Application.Common.Security;

/// <summary>OAuth scopes a machine client can be granted. People get what their roles allow.</summary>
public static class ScopeNames
{
    public const string LedgerRead = "ledger.read";
    public const string LedgerWrite = "ledger.write";

    /// <summary>Manage the client's own webhook subscriptions (for the jurisdictions it is limited to).</summary>
    public const string WebhooksManage = "webhooks.manage";

    /// <summary>Scrape <c>/metrics</c> (a monitoring system, e.g. Prometheus with OAuth 2 client credentials). No task data.</summary>
    public const string MetricsRead = "metrics.read";

    /// <summary>Hand work down from above (a provincial or municipal body's system): POST /api/v1/inbound/assignments (ADR 0028).</summary>
    public const string AssignmentsWrite = "assignments.write";

    public static readonly IReadOnlyList<string> All = [LedgerRead, LedgerWrite, WebhooksManage, MetricsRead, AssignmentsWrite];
}
