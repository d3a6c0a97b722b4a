namespace CrossRegion.Application.Tasks.CreateTask;

/// <param name="Owners">Owning parties; empty or absent means every responsible party.</param>
public sealed record MilestoneInput(string? Title, string? TitleEn, DateOnly? DueDate, string? DuePrecision, IReadOnlyList<string>? Owners);
