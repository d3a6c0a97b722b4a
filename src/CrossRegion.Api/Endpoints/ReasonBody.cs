namespace CrossRegion.Api.Endpoints;

public sealed record ReasonBody(string? Reason);
