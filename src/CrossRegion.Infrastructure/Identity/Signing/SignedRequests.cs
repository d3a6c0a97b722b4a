using System.Globalization;
using System.Text.RegularExpressions;
using CrossRegion.Application.Clients.SigningKey;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Identity.Signing;

/// <summary>A signed request checked: the client it acts for, or why it is refused (a problem code and message).</summary>
public sealed record SignedRequestOutcome(ApiClient? Client, string? Code, string? Message)
{
    public static SignedRequestOutcome Refused(string code, string zh, string en) => new(null, code, Localized.Text(zh, en));
}

/// <summary>
/// Verifies a signed request (ADR 0028): the timestamp within ±<see cref="ClockWindow"/> of now (<c>signature_clock_skew</c>),
/// an active client with a signing key and a matching HMAC over the canonical string (<c>invalid_signature</c>), and a
/// nonce the client has not used before (<c>signature_replayed</c>): recorded under a unique key, so a replay is refused
/// on whichever node it reaches.
/// </summary>
public sealed partial class SignedRequests(AppDbContext db, ISigningKeyProtector protector, TimeProvider time)
{
    public const string AppKeyHeader = "X-App-Key";
    public const string TimestampHeader = "X-Timestamp";
    public const string NonceHeader = "X-Nonce";
    public const string SignatureHeader = "X-Signature";

    public static readonly TimeSpan ClockWindow = TimeSpan.FromSeconds(300);

    public async Task<SignedRequestOutcome> VerifyAsync(
        string appKey, string? timestamp, string? nonce, string? signature, string method, string path, IEnumerable<KeyValuePair<string, string>> query,
        byte[] body, CancellationToken cancellationToken)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignedRequestOutcome.Refused("invalid_signature", "X-Timestamp 须为 Unix 时间（秒）。", "X-Timestamp must be Unix time in seconds.");
        }

        var now = time.GetUtcNow();
        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > ClockWindow.TotalSeconds)
        {
            return SignedRequestOutcome.Refused(
                "signature_clock_skew", $"X-Timestamp 与服务器时间相差超过 {ClockWindow.TotalSeconds} 秒，请校准时钟。",
                $"X-Timestamp is more than {ClockWindow.TotalSeconds} s from the server's time; check the clock.");
        }

        if (nonce is null || !NoncePattern().IsMatch(nonce))
        {
            return SignedRequestOutcome.Refused("invalid_signature", "X-Nonce 须为 16–64 个字母、数字、- 或 _。", "X-Nonce must be 16–64 letters, digits, - or _.");
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == appKey, cancellationToken);
        if (client is not { IsActive: true, SigningKey: { } protectedKey } || Algorithm(client.SignatureAlgorithm) is not { } algorithm
            || !RequestSignature.Verify(Unprotect(protectedKey), RequestSignature.Canonical(method, path, query, seconds, nonce, body, algorithm), signature, algorithm))
        {
            // An unknown key, a client that does not sign, and a wrong signature read alike.
            return SignedRequestOutcome.Refused("invalid_signature", "签名无效。", "The signature is not valid.");
        }

        db.RequestNonces.Add(RequestNonce.Seen(client.ClientId, nonce, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseFailure.Classify(e, out _) == DatabaseFailureKind.Duplicate)
        {
            return SignedRequestOutcome.Refused("signature_replayed", "该 X-Nonce 已用过：每个请求须用新的随机数。", "This X-Nonce was used before: sign every request with a new one.");
        }

        return new SignedRequestOutcome(client, null, null);
    }

    public static SignatureAlgorithm? Algorithm(string? name) => name switch
    {
        SigningAlgorithms.HmacSha256 => SignatureAlgorithm.HmacSha256,
        SigningAlgorithms.HmacSm3 => SignatureAlgorithm.HmacSm3,
        _ => null,
    };

    private byte[] Unprotect(string protectedKey)
    {
        try
        {
            return protector.Unprotect(protectedKey);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException)
        {
            // A key protected under Data Protection keys this installation no longer has: the client needs a new one.
            return [];
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{16,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex NoncePattern();
}

/// <summary>The clients' signing keys, encrypted with the installation's Data Protection keys (kept in the database, shared by every node).</summary>
internal sealed class SigningKeyProtector(IDataProtectionProvider provider) : ISigningKeyProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("CrossRegion.ClientSigningKeys.v1");

    public string Protect(byte[] key) => Convert.ToBase64String(_protector.Protect(key));

    public byte[] Unprotect(string protectedKey) => _protector.Unprotect(Convert.FromBase64String(protectedKey));
}
