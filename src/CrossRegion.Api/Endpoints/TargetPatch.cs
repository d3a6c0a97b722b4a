using CrossRegion.Application.Tasks.EditTarget;
using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Tasks.CreateTask;

namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH .../targets/{year}: new wording and measures to add.</summary>
[CommandRules(typeof(EditTargetCommand))]
public sealed record TargetPatch(string? Text, IReadOnlyList<MeasureInput>? AddMeasures);
