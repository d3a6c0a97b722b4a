namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <param name="FirstBrokenSequence">The first entry that does not verify; null when the chain is intact.</param>
/// <param name="Problem">Why it does not verify: <c>content_changed</c>, <c>link_broken</c> or <c>entry_missing</c>.</param>
public sealed record AuditVerificationDto(bool Intact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string LastHash);
