namespace CrossRegion.Application.Importing.ImportTasks;

/// <param name="Departments">Codes of the departments the row's units matched.</param>
public sealed record ImportPartyDto(string Jurisdiction, IReadOnlyList<string> Departments);
