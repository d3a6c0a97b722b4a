using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.Clients.SigningKey;

/// <summary>The HMACs a client may sign its requests with (ADR 0028).</summary>
public static class SigningAlgorithms
{
    public const string HmacSha256 = "hmac-sha256";
    public const string HmacSm3 = "hmac-sm3";

    public static readonly IReadOnlyList<string> All = [HmacSha256, HmacSm3];
}

/// <summary>
/// Gives a machine client a signing key for signed requests (X-App-Key, X-Timestamp, X-Nonce, X-Signature; ADR 0028),
/// shown once; a key set before stops at once. <paramref name="Required"/>: the client must sign (it gets no more
/// tokens).
/// </summary>
/// <param name="Algorithm">hmac-sha256 or hmac-sm3.</param>
[Authorize(Roles = Administration.Administrators)]
public sealed record SetSigningKeyCommand(string ClientId, string? Algorithm, bool? Required) : IRequest<SigningKeyDto>;

/// <summary>The client stops signing: its signed requests are refused, and it gets tokens again.</summary>
[Authorize(Roles = Administration.Administrators)]
public sealed record RemoveSigningKeyCommand(string ClientId) : IRequest<Common.AdminClientDto>;

/// <summary>A new signing key, shown once: keep it in the gateway's key store.</summary>
/// <param name="Key">32 random bytes, base64: the HMAC key (decode it before use).</param>
/// <param name="Required">Whether the client must sign every request.</param>
public sealed record SigningKeyDto(string ClientId, string Algorithm, string Key, bool Required);
