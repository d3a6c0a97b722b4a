using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ExportLedger;

/// <param name="Year">The year of the targets column (its header says it: 2026年目标任务).</param>
public sealed record LedgerSheetDto(int Year, IReadOnlyList<LedgerSheetRow> Rows);

/// <param name="Units">Per party with units, its units' full names (the annex writes one city's units per line).</param>
/// <param name="Targets">The targets of the sheet's year.</param>
public sealed record LedgerSheetRow(
    string Key,
    string TitleZh,
    string TitleEn,
    string CategoryZh,
    string PeriodText,
    string MainContent,
    IReadOnlyList<string> Targets,
    IReadOnlyList<IReadOnlyList<string>> Units,
    string? Remarks,
    StatusLight Light,
    DateOnly? NextDueDate,
    bool Overdue);
