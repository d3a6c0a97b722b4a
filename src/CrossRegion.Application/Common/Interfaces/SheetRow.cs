namespace CrossRegion.Application.Common.Interfaces;

/// <param name="Line">The line of the file the row starts on (a quoted cell may span several).</param>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells);
