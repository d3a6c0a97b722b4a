using System.Text.Json.Serialization;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// RFC 6749 §5.1 access token response, as the token server writes it on every token address (for the OpenAPI
/// document: OpenIddict itself writes the answer).
/// </summary>
public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);
