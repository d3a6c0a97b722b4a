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
/// notices' cities, and the joint office's staff — receives the notices of the batch that are in their inbox. One rule,
/// whatever the channel; one query per candidate and batch.
/// </summary>
public static class NoticeRecipients
{
    public static async Task<ILookup<long, NoticeRecipient>> ForAsync(IAppDbContext db, TimeProvider time, IReadOnlyCollection<Notice> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(notices);
        var cities = notices.Select(n => n.JurisdictionCode).Distinct().ToList();
        var ids = notices.Select(n => n.Id).ToList();
        var candidates = await db.UserAccounts.AsNoTracking()
            .Where(u => u.IsActive && ((u.JurisdictionCode != null && cities.Contains(u.JurisdictionCode)) || u.Roles.HasFlag(UserRoles.JointOfficeCoordinator)))
            .OrderBy(u => u.UserName)
            .ToListAsync(cancellationToken);
        var userIds = candidates.Select(u => u.Id).ToList();
        var preferences = await db.NotificationPreferences.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var received = new List<(long NoticeId, NoticeRecipient Recipient)>();
        foreach (var user in candidates)
        {
            var person = new SubjectCaller(await TokenSubjects.PersonAsync(db, time, user, null, cancellationToken));
            var inbox = await db.Notices.Where(await NoticeAudience.InboxAsync(person, db, cancellationToken)).Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancellationToken);
            var recipient = new NoticeRecipient(user.Id, user.DisplayName, user.Email, user.Phone, preferences.GetValueOrDefault(user.Id) ?? NotificationPreference.Default(user.Id));
            received.AddRange(inbox.Select(id => (id, recipient)));
        }

        return received.ToLookup(r => r.NoticeId, r => r.Recipient);
    }
}

/// <summary>A notice as a channel's message is written from it, in the current UI culture (set to the recipient's language).</summary>
public static class ChannelNotices
{
    public static async Task<NoticeDto?> ReadAsync(IAppDbContext db, long noticeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var row = await NoticeProjection.Rows(db.Notices.AsNoTracking().Where(n => n.Id == noticeId), db, null).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (await NoticeProjection.ToDtosAsync([row], db, cancellationToken))[0];
    }
}

/// <summary>One round of the channels job: deliveries planned from new notices, and sent, to retry or given up.</summary>
public sealed record ChannelRound(int Planned, int Sent, int Retrying, int DeadLettered);

/// <summary>Plans and sends notices by email, SMS and group robots (ADR 0029); one round at a time across the cluster.</summary>
public interface IChannelDispatcher
{
    Task<ChannelRound> DispatchAsync(CancellationToken cancellationToken);
}
