using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed record MilestoneDto(
    Guid Id,
    string Title,
    string? TitleEn,
    DateOnly DueDate,
    DatePrecision DuePrecision,
    MilestoneStatus Status,
    DateOnly? CompletedOn,
    bool Overdue,
    IReadOnlyList<string> Owners,
    bool CompletedLate,
    IReadOnlyList<SignOffDto> SignOffs);
