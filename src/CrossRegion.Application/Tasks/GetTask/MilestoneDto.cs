using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed record MilestoneDto(
    Guid Id,
    string Title,
    string? TitleEn,
    DateOnly DueDate,
    DateOnly BaselineDueDate,
    DatePrecision DuePrecision,
    MilestoneStatus Status,
    DateOnly? CompletedOn,
    bool Overdue,
    IReadOnlyList<string> Owners,
    bool CompletedLate,
    MilestoneOutcome Outcome,
    IReadOnlyList<SignOffDto> SignOffs,
    IReadOnlyList<ExtensionDto> Extensions,
    StatusLight Light);
