using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.Channels;

/// <summary>A person a notice reaches, with their addresses and how they want notices outside the inbox.</summary>
public sealed record NoticeRecipient(Guid UserId, string Name, string? Email, string? Phone, NotificationPreference Preference);

/// <summary>
/// Who receives a batch of notices, by the inbox's own rule (ADR 0029): each candidate — the active accounts of the
/// notices' cities, and the joint office's staff, that a configured channel can reach (an email address with email on, a
/// mobile number with SMS on) — receives the notices of the batch that are in their inbox. One rule, whatever the
/// channel; one query per reachable candidate and batch (those no channel reaches are not asked).
/// </summary>
public static class NoticeRecipients
{
    /// <param name="byEmail">Whether the installation sends email (Email:Host).</param>
    /// <param name="bySms">Whether it sends SMS (Sms:Url).</param>
    public static async Task<ILookup<long, NoticeRecipient>> ForAsync(
        IAppDbContext db, TimeProvider time, IReadOnlyCollection<Notice> notices, bool byEmail, bool bySms, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notices);
        var cities = notices.Select(n => n.JurisdictionCode).Distinct().ToList();
        var ids = notices.Select(n => n.Id).ToList();

        // Email is on until a person turns it off (NotificationPreference.Default); SMS only once they turn it on.
        var candidates = await (
                from u in db.UserAccounts.AsNoTracking()
                where u.IsActive && ((u.JurisdictionCode != null && cities.Contains(u.JurisdictionCode)) || u.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
                join p in db.NotificationPreferences.AsNoTracking() on u.Id equals p.UserId into chosen
                from p in chosen.DefaultIfEmpty()
                where (byEmail && u.Email != null && u.Email != "" && (p == null || p.Email)) || (bySms && u.Phone != null && u.Phone != "" && p != null && p.Sms)
                orderby u.UserName
                select new { User = u, Preference = p })
            .ToListAsync(cancellationToken);
        // People of the same city, unit and roles have the same inbox: asked once for all of them (a unit's officers).
        var received = new List<(long NoticeId, NoticeRecipient Recipient)>();
        foreach (var alike in candidates.GroupBy(c => InboxOf(c.User)))
        {
            var person = new SubjectCaller(await TokenSubjects.PersonAsync(db, time, alike.First().User, null, cancellationToken));
            var inbox = await db.Notices.Where(await NoticeAudience.InboxAsync(person, db, cancellationToken)).Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancellationToken);
            foreach (var candidate in alike)
            {
                var user = candidate.User;
                var recipient = new NoticeRecipient(user.Id, user.DisplayName, user.Email, user.Phone, candidate.Preference ?? NotificationPreference.Default(user.Id));
                received.AddRange(inbox.Select(id => (id, recipient)));
            }
        }

        return received.ToLookup(r => r.NoticeId, r => r.Recipient);
    }

    // What a person's inbox depends on (NoticeAudience): city, unit and roles — and, for the joint office's staff limited
    // to their offices' programmes, their own assignments.
    private static string InboxOf(UserAccount user) => UserAccount.IsLimitedToOfficeProgrammes(user.Roles)
        ? user.Id.ToString()
        : string.Join('|', user.JurisdictionCode, user.DepartmentId, (int)user.Roles, user.OrganisationCode);
}

/// <summary>A notice as a channel's message is written from it, in the current UI culture (set to the recipient's language).</summary>
public static class ChannelNotices
{
    /// <summary>Several notices at once (a robot's message), in the order of their ids.</summary>
    public static async Task<IReadOnlyList<NoticeDto>> ReadManyAsync(IAppDbContext db, IReadOnlyCollection<long> noticeIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await NoticeProjection.Rows(db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id)), db, null).ToListAsync(cancellationToken);
        return (await NoticeProjection.ToDtosAsync(rows, db, cancellationToken)).OrderBy(n => n.Id).ToList();
    }

    public static async Task<NoticeDto?> ReadAsync(IAppDbContext db, long noticeId, CancellationToken cancellationToken) =>
        (await ReadManyAsync(db, [noticeId], cancellationToken)).SingleOrDefault();
}

/// <summary>One round of the channels job: deliveries planned from new notices, and sent, to retry or given up.</summary>
public sealed record ChannelRound(int Planned, int Sent, int Retrying, int DeadLettered);

/// <summary>Plans and sends notices by email, SMS and group robots (ADR 0029); one round at a time across the cluster.</summary>
public interface IChannelDispatcher
{
    Task<ChannelRound> DispatchAsync(CancellationToken cancellationToken);
}
