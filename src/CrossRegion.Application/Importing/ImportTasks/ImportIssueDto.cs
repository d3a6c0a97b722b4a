namespace CrossRegion.Application.Importing.ImportTasks;

/// <param name="Column">The column of the table (序号, 责任单位, …) or "row".</param>
public sealed record ImportIssueDto(string Column, string Message);
