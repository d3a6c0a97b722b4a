namespace CrossRegion.Application.Common.Interfaces;

/// <summary>Reads a task list table (CSV) into its header and rows; malformed input is a 400 naming the line.</summary>
public interface ITaskSheetReader
{
    TaskSheet Read(string text);
}

/// <param name="Line">The line of the file the row starts on (a quoted cell may span several).</param>
public sealed record SheetRow(int Line, IReadOnlyList<string> Cells);

public sealed record TaskSheet(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);
