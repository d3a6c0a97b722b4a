namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <param name="FirstBrokenSequence">The first entry that does not verify; null when the chain is intact.</param>
/// <param name="Problem">
/// Why it does not verify: <c>entry_missing</c>, <c>link_broken</c>, <c>content_changed</c>, <c>seal_missing</c>,
/// <c>seal_mismatch</c> (an entry rewritten by someone without the audit key), <c>tail_missing</c> (entries removed
/// from the end: the head is ahead of the chain), <c>head_mismatch</c> or <c>head_missing</c>.
/// </param>
/// <param name="Head">The sealed checkpoint to keep outside the database (it is also printed on every bulletin).</param>
public sealed record AuditVerificationDto(
    bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string LastHash, AuditCheckpointDto? Head);
