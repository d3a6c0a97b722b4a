using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal sealed record MilestoneRow(
    Guid Id,
    string Title,
    string? TitleEn,
    DateOnly DueDate,
    DateOnly BaselineDueDate,
    DatePrecision DuePrecision,
    MilestoneStatus Status,
    DateOnly? CompletedOn,
    int SortOrder,
    List<string> Owners,
    List<SignOffDto> SignOffs,
    List<ExtensionDto> Extensions);
