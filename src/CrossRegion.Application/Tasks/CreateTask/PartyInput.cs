namespace CrossRegion.Application.Tasks.CreateTask;

/// <param name="Departments">Department codes of this jurisdiction, e.g. <c>DZ-TRANSPORT</c>.</param>
public sealed record PartyInput(string? Jurisdiction, string? Role, string? Share, IReadOnlyList<string>? Departments);
