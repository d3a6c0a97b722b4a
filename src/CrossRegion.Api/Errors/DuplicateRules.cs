namespace CrossRegion.Api.Errors;

/// <summary>
/// The rule a unique key stands for, by table, so the loser of a race gets the same rule code as a caller that
/// arrives later and is refused by the handler's own check (task.duplicate for a taken key, and so on).
/// </summary>
internal static class DuplicateRules
{
    private static readonly Dictionary<string, string> ByTable = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Tasks"] = "task.duplicate",
        ["TaskAliases"] = "alias.duplicate",
        ["Parties"] = "party.duplicate",
        ["MilestoneSignOffs"] = "signoff.duplicate",
        ["ExtensionRequests"] = "extension.duplicate",
        ["AnnualTargets"] = "target.duplicate",
        ["ProgressReports"] = "report.duplicate",
        ["Bulletins"] = "bulletin.duplicate",
        ["Users"] = "user.duplicate",
        ["Departments"] = "department.duplicate",
        ["DepartmentAliases"] = "department_name.duplicate",
        ["Organisations"] = "organisation_code.duplicate",
        ["TaskOrganisations"] = "organisation.duplicate",
        ["ApiClients"] = "client.duplicate",
        ["WebhookSubscriptions"] = "webhook.duplicate",
        ["InboundAssignments"] = "assignment.duplicate",
    };

    public static string For(string? table) => table is not null && ByTable.TryGetValue(table, out var rule) ? rule : "duplicate";
}
