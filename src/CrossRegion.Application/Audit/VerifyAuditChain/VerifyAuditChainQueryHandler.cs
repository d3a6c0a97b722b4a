using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Auditing;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <summary>Streams the chain in order (memory stays flat however long it is) and recomputes every hash.</summary>
public sealed class VerifyAuditChainQueryHandler(IAppDbContext db) : IRequestHandler<VerifyAuditChainQuery, AuditVerificationDto>
{
    public async Task<AuditVerificationDto> Handle(VerifyAuditChainQuery request, CancellationToken cancellationToken)
    {
        var previousHash = AuditEntry.GenesisHash;
        long checkedCount = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var problem = entry.Sequence != checkedCount + 1 ? "entry_missing"
                : entry.PreviousHash != previousHash ? "link_broken"
                : entry.ComputeHash() != entry.Hash ? "content_changed"
                : null;
            if (problem is not null)
            {
                return new AuditVerificationDto(false, checkedCount, entry.Sequence, problem, previousHash);
            }

            previousHash = entry.Hash;
            checkedCount++;
        }

        return new AuditVerificationDto(true, checkedCount, null, null, previousHash);
    }
}
