namespace CrossRegion.Domain.Auditing;

/// <summary>
/// The chain's checkpoint: the last entry's sequence and hash, sealed, updated only by the audit writer in the
/// transaction that appends. Removing entries from the end leaves the head ahead of the chain, so verify sees it.
/// </summary>
public sealed class AuditHead
{
    public const int SingletonId = 1;

    private AuditHead()
    {
        Hash = Seal = string.Empty;
    }

    public int Id { get; private set; }
    public long Sequence { get; private set; }
    public string Hash { get; private set; }
    public string Seal { get; private set; }

    public void MoveTo(long sequence, string hash, string seal)
    {
        Sequence = sequence;
        Hash = hash;
        Seal = seal;
    }
}
