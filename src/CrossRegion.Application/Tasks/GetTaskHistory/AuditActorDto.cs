namespace CrossRegion.Application.Tasks.GetTaskHistory;

/// <param name="ActingFor">The jurisdictions the actor acted for; null for the joint office and the system.</param>
public sealed record AuditActorDto(string Kind, string Name, string? ActingFor, IReadOnlyList<string> Roles);
