namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// Seals audit chain positions with a key the database does not hold (ADR 0008): whoever can write the database can
/// recompute SHA-256 hashes, but not seals, so a rewritten chain no longer verifies.
/// </summary>
public interface IAuditSeal
{
    string Seal(long sequence, string hash);

    bool Verify(long sequence, string hash, string? seal);
}
