namespace CrossRegion.Api.Endpoints;

/// <summary>The token request form (for the OpenAPI document).</summary>
public sealed record ClientTokenForm(string GrantType, string? ClientId, string? ClientSecret, string? Scope);

/// <summary>The form of POST /connect/token (for the OpenAPI document): what each grant type sends.</summary>
public sealed record ConnectTokenForm(
    string GrantType,
    string? ClientId = null,
    string? ClientSecret = null,
    string? Scope = null,
    string? Username = null,
    string? Password = null,
    string? RefreshToken = null,
    string? Code = null,
    string? RedirectUri = null,
    string? CodeVerifier = null);
