using CrossRegion.Application.Milestones.RequestExtension;
using CrossRegion.Api.OpenApi;
namespace CrossRegion.Api.Endpoints;

[CommandRules(typeof(RequestExtensionCommand))]
public sealed record ExtensionBody(DateOnly? DueDate, string? Reason);
