using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Auditing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <summary>
/// Streams the chain in order (memory stays flat however long it is), recomputes every hash and checks every seal,
/// then holds the end of the chain against the sealed head, which is how entries removed from the end are found.
/// </summary>
public sealed class VerifyAuditChainQueryHandler(IAppDbContext db, IAuditSeal seal) : IRequestHandler<VerifyAuditChainQuery, AuditVerificationDto>
{
    public async Task<AuditVerificationDto> Handle(VerifyAuditChainQuery request, CancellationToken cancellationToken)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var checkpoint = head is null ? null : new AuditCheckpointDto(head.Sequence, head.Hash, head.Seal);
        var previousHash = AuditEntry.GenesisHash;
        long checkedCount = 0;
        // Every entry, whichever task it belongs to: the chain is whole or it is not.
        await foreach (var entry in db.AuditEntries.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != checkedCount + 1 ? "entry_missing"
                : entry.PreviousHash != previousHash ? "link_broken"
                : entry.ComputeHash() != entry.Hash ? "content_changed"
                : entry.Seal is null ? "seal_missing"
                : !seal.Verify(entry.Sequence, entry.Hash, entry.Seal) ? "seal_mismatch"
                : null;
            if (problem is not null)
            {
                return new AuditVerificationDto(false, checkedCount, entry.Sequence, problem, previousHash, checkpoint);
            }

            previousHash = entry.Hash;
            checkedCount++;
        }

        var headProblem = HeadProblem(head, checkedCount, previousHash);
        return headProblem is null
            ? new AuditVerificationDto(true, checkedCount, null, null, previousHash, checkpoint)
            : new AuditVerificationDto(false, checkedCount, checkedCount + 1, headProblem, previousHash, checkpoint);
    }

    // An empty chain's head is unsealed until the first entry is written.
    private string? HeadProblem(AuditHead? head, long last, string lastHash) => head switch
    {
        null => "head_missing",
        { Sequence: var s } when s > last => "tail_missing",
        { Sequence: var s, Hash: var h } when s != last || h != lastHash => "head_mismatch",
        { Sequence: 0, Seal: "" } => null,
        _ when !seal.Verify(head.Sequence, head.Hash, head.Seal) => "seal_mismatch",
        _ => null,
    };
}
