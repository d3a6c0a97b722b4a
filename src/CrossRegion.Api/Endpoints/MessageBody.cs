namespace CrossRegion.Api.Endpoints;

public sealed record MessageBody(string? Text);
