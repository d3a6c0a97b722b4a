namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <summary>The chain's head: the last entry's sequence and hash, and their seal under the installation's audit key.</summary>
public sealed record AuditCheckpointDto(long Sequence, string Hash, string Seal);
