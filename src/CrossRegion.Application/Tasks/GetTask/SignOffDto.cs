using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <param name="Text">Evidence when confirmed; the reason when rejected or waived.</param>
public sealed record SignOffDto(string Jurisdiction, SignOffStatus Status, string Text, string? Link, string By, DateTimeOffset At);
