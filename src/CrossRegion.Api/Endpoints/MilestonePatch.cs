using CrossRegion.Application.Tasks.EditMilestone;
using CrossRegion.Api.OpenApi;
namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH .../milestones/{id}: absent fields stay; a new due_date keeps the baseline.</summary>
[CommandRules(typeof(EditMilestoneCommand))]
public sealed record MilestonePatch(string? Title, string? TitleEn, DateOnly? DueDate, string? DuePrecision, IReadOnlyList<string>? Owners);
