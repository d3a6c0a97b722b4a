namespace CrossRegion.Application.Importing.ImportTasks;

/// <param name="Committed">True when the rows were written; false for a dry run.</param>
public sealed record ImportReportDto(bool Committed, int Valid, int Invalid, IReadOnlyList<ImportRowDto> Rows);
