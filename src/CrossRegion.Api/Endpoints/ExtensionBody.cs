namespace CrossRegion.Api.Endpoints;

public sealed record ExtensionBody(DateOnly? DueDate, string? Reason);
