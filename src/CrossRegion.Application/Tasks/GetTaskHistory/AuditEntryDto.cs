using System.Text.Json;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

/// <param name="Changes">The changed parts of the task, each with its fields before and after.</param>
public sealed record AuditEntryDto(
    long Sequence,
    DateTimeOffset At,
    AuditActorDto Actor,
    string Action,
    string EntityType,
    string EntityId,
    JsonElement Changes,
    string PreviousHash,
    string Hash);
