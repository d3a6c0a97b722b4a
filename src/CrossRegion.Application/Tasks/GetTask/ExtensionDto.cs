using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed record ExtensionDto(
    Guid Id,
    string Jurisdiction,
    DateOnly RequestedDueDate,
    string Reason,
    ExtensionStatus Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    string? DecisionReason);
