using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

internal sealed record TaskHeader(
    Guid Id,
    string Key,
    string TitleZh,
    string TitleEn,
    List<string> Aliases,
    string ListType,
    string Programme,
    string Category,
    CoordinatedTaskStatus Status,
    TaskPeriodDto Period,
    string MainContent,
    TaskStage? Stage,
    string? Remarks,
    TaskLinkDto? Parent,
    List<TaskLinkDto> SubTasks,
    string? SourceDocument,
    int? SourceRow,
    int Version,
    string? StatusReason,
    DateTimeOffset? StatusChangedAt,
    string? ProposedBy,
    string? ProposedFor,
    bool NamesOrganisations,
    Guid? PredecessorId = null,
    bool KeepsPreparation = false,
    bool SharesCosts = false);
