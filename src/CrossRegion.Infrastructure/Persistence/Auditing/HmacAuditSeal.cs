using System.Security.Cryptography;
using System.Text;
using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Infrastructure.Persistence.Auditing;

/// <summary>HMAC-SHA256 of "sequence:hash" under the installation's audit key (<c>Audit:SealKey</c>).</summary>
internal sealed class HmacAuditSeal(byte[] key) : IAuditSeal
{
    public const int MinimumKeyBytes = 32;

    public string Seal(long sequence, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{sequence}:{hash}")));

    public bool Verify(long sequence, string hash, string? seal) =>
        seal is { Length: 64 } && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Seal(sequence, hash)), Encoding.ASCII.GetBytes(seal));
}
