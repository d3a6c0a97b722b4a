namespace CrossRegion.Api.Endpoints;

/// <summary>The token request form (for the OpenAPI document).</summary>
public sealed record ClientTokenForm(string GrantType, string? ClientId, string? ClientSecret, string? Scope);
