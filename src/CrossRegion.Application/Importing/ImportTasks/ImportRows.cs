using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>What both table layouts' row parsers say the same way: a row that is only an issue, a check, an empty cell.</summary>
internal static class ImportRows
{
    public static ImportRowDto Issue(SheetRow row, string title, string column, string message) =>
        new(row.Line, null, title, null, [], [new ImportIssueDto(column, message)], []);

    public static void Require(bool condition, List<ImportIssueDto> errors, string column, string message)
    {
        if (!condition)
        {
            errors.Add(new ImportIssueDto(column, message));
        }
    }

    public static string? Optional(string text) => text.Length == 0 ? null : text;
}
