namespace CrossRegion.Api.Endpoints;

public sealed record SignOffBody(string? Evidence, string? Link);
