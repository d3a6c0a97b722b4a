using System.Text.Json.Serialization;

namespace CrossRegion.Application.Auth.Common;

/// <summary>RFC 6749 §5.1 access token response.</summary>
public sealed record TokenResponse(
    string AccessToken,
    string TokenType,
    int ExpiresIn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RefreshToken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);
