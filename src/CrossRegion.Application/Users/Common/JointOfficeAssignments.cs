using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.Common;

/// <summary>Reads people's joint-office assignments for display.</summary>
internal static class JointOfficeAssignments
{
    public static async Task<ILookup<Guid, JointOfficeAssignmentDto>> OfAsync(
        IAppDbContext db, TimeProvider time, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var rows = await db.JointOfficeAssignments.AsNoTracking()
            .Where(a => userIds.Contains(a.UserId))
            .Join(db.JointOffices, a => a.OfficeCode, o => o.Code, (a, o) => new { a.UserId, a.OfficeCode, o.NameZh, o.NameEn, a.StartsOn, a.EndsOn })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.StartsOn).ThenBy(r => r.OfficeCode, StringComparer.Ordinal).ToLookup(
            r => r.UserId,
            r => new JointOfficeAssignmentDto(r.OfficeCode, r.NameZh, r.NameEn, r.StartsOn, r.EndsOn, r.StartsOn <= today && (r.EndsOn == null || today <= r.EndsOn)));
    }
}
