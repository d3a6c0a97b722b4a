using CrossRegion.Application.Milestones.SignOff;
using CrossRegion.Api.OpenApi;
namespace CrossRegion.Api.Endpoints;

[CommandRules(typeof(SignOffMilestoneCommand))]
public sealed record SignOffBody(string? Evidence, string? Link);
