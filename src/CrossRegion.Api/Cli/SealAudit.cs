using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Auditing;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Api.Cli;

/// <summary>
/// <c>seal-audit</c>: seals the entries an installation wrote before audit seals existed, once, after the operator has
/// checked the chain (<c>GET /api/v1/audit/verify</c> reports them as <c>seal_missing</c>). Refused on a chain that
/// already carries seals, so it can never be used to re-seal a rewritten chain.
/// </summary>
internal static class SealAudit
{
    private const int Batch = 1000;

    public static async Task<int> RunAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var seal = services.GetRequiredService<IAuditSeal>();
        var head = await db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId);
        if (head.Seal.Length > 0 || await db.AuditEntries.AnyAsync(e => e.Seal != null))
        {
            await Console.Error.WriteLineAsync("error: the audit chain is sealed already; nothing to do.");
            return 2;
        }

        long sealedCount = 0;
        for (var after = 0L; ; after += Batch)
        {
            var entries = await db.AuditEntries.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch).ToListAsync();
            foreach (var entry in entries)
            {
                entry.SealWith(seal.Seal(entry.Sequence, entry.Hash));
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            sealedCount += entries.Count;
            if (entries.Count < Batch)
            {
                break;
            }
        }

        head = await db.AuditHeads.SingleAsync(h => h.Id == AuditHead.SingletonId);
        head.MoveTo(head.Sequence, head.Hash, seal.Seal(head.Sequence, head.Hash));
        await db.SaveChangesAsync();
        Console.WriteLine($"Sealed {sealedCount} audit entries and the head ({head.Sequence}).");
        return 0;
    }
}
