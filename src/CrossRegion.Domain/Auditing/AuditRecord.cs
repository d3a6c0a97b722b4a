namespace CrossRegion.Domain.Auditing;

/// <summary>What happened, by whom, before it is chained into an <see cref="AuditEntry"/>.</summary>
public sealed record AuditRecord(
    DateTimeOffset At,
    string ActorKind,
    string ActorName,
    string? ActingFor,
    string Roles,
    Guid? TaskId,
    string EntityType,
    string EntityId,
    string Action,
    string Changes);
