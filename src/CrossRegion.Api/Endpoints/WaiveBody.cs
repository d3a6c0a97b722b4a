namespace CrossRegion.Api.Endpoints;

public sealed record WaiveBody(string? Jurisdiction, string? Reason);
