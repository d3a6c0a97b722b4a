namespace CrossRegion.Application.Tasks.GetTask;

/// <summary>Who proposed a task, for which city (present on tasks a city put forward).</summary>
public sealed record ProposalDto(string By, string Jurisdiction);
