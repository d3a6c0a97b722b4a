using CrossRegion.Application.Tasks.CreateTask;

namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH .../targets/{year}: new wording and measures to add.</summary>
public sealed record TargetPatch(string? Text, IReadOnlyList<MeasureInput>? AddMeasures);
