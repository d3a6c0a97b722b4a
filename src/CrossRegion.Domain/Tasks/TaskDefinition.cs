namespace CrossRegion.Domain.Tasks;

/// <summary>The descriptive fields of a task, as an official list gives them.</summary>
public sealed record TaskDefinition(
    string Key,
    string ListType,
    string ProgrammeCode,
    string CategoryCode,
    string TitleZh,
    string TitleEn,
    string PeriodText,
    int? StartYear,
    int? EndYear,
    string MainContent,
    TaskStage? Stage,
    string? SourceDocument,
    int? SourceRow,
    string? Remarks,
    int? ListYear = null);
