namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>One task row of the table as it would be (or was) imported.</summary>
public sealed record ImportRowDto(
    int Line,
    string? Key,
    string? Title,
    string? Category,
    IReadOnlyList<ImportPartyDto> Parties,
    IReadOnlyList<ImportIssueDto> Errors,
    IReadOnlyList<ImportIssueDto> Warnings);
