namespace CrossRegion.Application.Common.Security;

/// <summary>OAuth scopes a machine client can be granted. People get what their roles allow.</summary>
public static class ScopeNames
{
    public const string LedgerRead = "ledger.read";
    public const string LedgerWrite = "ledger.write";

    public static readonly IReadOnlyList<string> All = [LedgerRead, LedgerWrite];
}
