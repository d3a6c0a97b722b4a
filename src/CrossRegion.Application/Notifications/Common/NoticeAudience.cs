using System.Linq.Expressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Issues;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.Common;

/// <summary>
/// Who reads which notice. A notice is addressed to a party: its responsible units' officers and its city's
/// coordinators receive it (and may sign for it) — an issue's notice, the addressed unit's people (a task force's lead
/// unit's) as well; as it climbs the ladder, the units' heads (from the head's rung) and
/// the city's leaders (from the leadership rung) receive it too; at the task-force rung, the officers and heads of the
/// lead unit of the task force holding the task receive it as well, when their city is a party (they read, the party
/// signs); the joint office, observers and administrators read every notice, and the joint office receives the rungs
/// addressed to it. Nobody else learns that a notice exists (404).
/// </summary>
public static class NoticeAudience
{
    /// <summary>
    /// The notices in the caller's inbox. What a unit receives beyond its tasks' notices — issues addressed to it (or to
    /// a task force it leads), and the task-force rung of the tasks its task forces hold — is read first as two short
    /// lists of ids, so the inbox's keyset scan keeps its plan (a correlated subquery per notice made an officer's first
    /// page twelve times slower over 150,000 notices; docs/benchmarks.md).
    /// </summary>
    internal static async Task<Expression<Func<Notice, bool>>> InboxAsync(ICurrentUser caller, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var unit = UnitOf(caller);
        if (unit is null)
        {
            return Inbox(caller, db, [], []);
        }

        var code = await db.Departments.AsNoTracking().Where(d => d.Id == unit).Select(d => d.Code).FirstOrDefaultAsync(cancellationToken);
        var led = await db.TaskForces.AsNoTracking().Where(f => f.LeadUnitId == unit).Select(f => new { f.Id, f.Code }).ToListAsync(cancellationToken);
        var (ledIds, ledCodes) = (led.Select(f => f.Id).ToList(), led.Select(f => f.Code).ToList());
        var addressed = await db.Issues.AsNoTracking()
            .Where(i => (i.AddresseeKind == IssueAddressee.Unit && i.AddresseeCode == code) || (i.AddresseeKind == IssueAddressee.TaskForce && ledCodes.Contains(i.AddresseeCode!)))
            .Select(i => i.Id).ToListAsync(cancellationToken);
        var held = ledIds.Count == 0 ? [] : await db.TaskForceTasks.AsNoTracking().Where(l => ledIds.Contains(l.TaskForceId)).Select(l => l.TaskId).Distinct().ToListAsync(cancellationToken);
        return Inbox(caller, db, addressed, held);
    }

    /// <param name="addressed">The issues addressed to the caller's unit or to a task force it leads.</param>
    /// <param name="held">The tasks held by the task forces the caller's unit leads.</param>
    private static Expression<Func<Notice, bool>> Inbox(ICurrentUser caller, IAppDbContext db, List<Guid> addressed, List<Guid> held)
    {
        var city = CityOf(caller);
        var coordinator = city is not null && caller.Roles.HasFlag(UserRoles.CityCoordinator);
        var unit = UnitOf(caller);
        var anyAddressed = addressed.Count > 0;
        var anyHeld = held.Count > 0;

        // An officer receives every notice to the unit (reminders too); a head only from the head's rung up, as a leader
        // from the leader's. Levels are stored as names, so "this rung and above" is a set, not a comparison.
        var officer = caller.Roles.HasFlag(UserRoles.DepartmentOfficer);
        var headRungs = From(LadderLevel.DepartmentHead);
        var leaderRungs = From(LadderLevel.CityLeadership);
        var leader = city is not null && caller.Roles.HasFlag(UserRoles.CityLeader);
        var jointOffice = caller.Roles.HasFlag(UserRoles.JointOfficeCoordinator);
        return n => (coordinator && n.JurisdictionCode == city)
            || (leader && n.JurisdictionCode == city && leaderRungs.Contains(n.Level))
            || (unit != null && n.JurisdictionCode == city && (officer || headRungs.Contains(n.Level)) && db.Tasks.Any(t => t.Id == n.TaskId
                && t.Parties.Any(p => p.JurisdictionCode == city && p.Departments.Any(d => d.DepartmentId == unit))))
            || (anyAddressed && n.Subject == NoticeSubject.Issue && n.JurisdictionCode == city && (officer || headRungs.Contains(n.Level))
                && addressed.Contains(n.SubjectId))
            || (anyHeld && n.Level == LadderLevel.TaskForce && held.Contains(n.TaskId))
            || (jointOffice && (n.Level == LadderLevel.JointOffice || n.Level == LadderLevel.JointMeeting));
    }

    /// <summary>
    /// The notices the caller may read: every notice for those who see every task, those to its own jurisdictions for
    /// a machine client (a provincial system following up a notice.issued event), the inbox for everyone else.
    /// </summary>
    internal static async Task<Expression<Func<Notice, bool>>> ReadableAsync(ICurrentUser caller, IAppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Kind == CallerKind.User && caller.SeesAllTasks)
        {
            return _ => true;
        }

        var jurisdictions = caller.Jurisdictions;
        return caller.Kind == CallerKind.Client ? n => jurisdictions.Contains(n.JurisdictionCode) : await InboxAsync(caller, db, cancellationToken);
    }

    /// <summary>
    /// Only the party's own people sign for a notice: those of its city who have it in their inbox (its units'
    /// officers, and heads from their rung; its coordinators, and leaders from theirs). The joint office reads only.
    /// </summary>
    internal static async Task<bool> MaySignForAsync(ICurrentUser caller, IAppDbContext db, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(notice);
        return CityOf(caller) == notice.JurisdictionCode
            && await db.Notices.Where(await InboxAsync(caller, db, cancellationToken)).AnyAsync(n => n.Id == notice.Id, cancellationToken);
    }

    /// <summary>
    /// Whether a page should offer the caller to sign for a notice they can read: a formal notice not yet signed, to
    /// the caller's own city (what they read of it is their inbox), by a role that signs. The command decides again.
    /// </summary>
    public static bool OffersSigning(ICurrentUser caller, NoticeDto notice)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(notice);
        return notice.Kind == NoticeKind.Notice && notice.Acknowledgement is null && CityOf(caller) == notice.Jurisdiction
            && Application.Common.Security.RequestPermission.Permits<AcknowledgeNotice.AcknowledgeNoticeCommand>(caller);
    }

    private static LadderLevel?[] From(LadderLevel lowest) =>
        Enum.GetValues<LadderLevel>().Where(l => l >= lowest).Select(l => (LadderLevel?)l).ToArray();

    /// <summary>The unit a person receives notices for: an officer's or a head's, of a city.</summary>
    private static Guid? UnitOf(ICurrentUser caller) =>
        CityOf(caller) is not null && (caller.Roles & (UserRoles.DepartmentOfficer | UserRoles.DepartmentHead)) != 0 ? caller.DepartmentId : null;

    private static string? CityOf(ICurrentUser caller) =>
        caller.Kind == CallerKind.User && caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null;
}
