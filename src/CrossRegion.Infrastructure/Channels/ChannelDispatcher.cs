using System.Globalization;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Channels;

/// <summary>
/// The channels job (ADR 0029). Planning reads the positioned notice.issued and notice.escalated events after its cursor,
/// and for each notice adds one delivery per recipient and channel they want (held to the end of their quiet hours) and
/// per active robot of the notice's city or of one of its units, advancing the cursor in the same transaction; the
/// unique key makes a replanned notice a no-op. Sending takes the due deliveries, each on its own: sent, retried with
/// exponential backoff and jitter, or dead-lettered after <c>Channels:MaxAttempts</c> or a final refusal.
/// </summary>
internal sealed class ChannelDispatcher(
    AppDbContext db, IEmailSender email, IRobotSender robots, ISmsGateway sms, ISigningKeyProtector protector, IOptions<ChannelOptions> options,
    IOptions<EmailOptions> emailOptions, IOptions<SmsOptions> smsOptions, TimeProvider time, ILogger<ChannelDispatcher> logger) : IChannelDispatcher
{
    private const int PlanBatch = 200;
    private const int SendBatch = 100;
    private const int RobotBatch = 5000;

    // A round plans batch after batch while events keep coming, for up to this long, so that a chase's thousands of
    // notices are planned in minutes rather than at one batch per round (docs/benchmarks.md, Channels).
    private static readonly TimeSpan PlanBudget = TimeSpan.FromSeconds(10);

    public async Task<ChannelRound> DispatchAsync(CancellationToken cancellationToken)
    {
        var planned = 0;
        var planning = System.Diagnostics.Stopwatch.StartNew();
        int events;
        do
        {
            (events, var batch) = await PlanAsync(cancellationToken);
            planned += batch;
            db.ChangeTracker.Clear();
        }
        while (events == PlanBatch && planning.Elapsed < PlanBudget);

        // People's email and SMS one by one; each robot once, every notice due for it in one message.
        var now = time.GetUtcNow();
        var due = await db.ChannelDeliveries
            .Where(d => d.Status == ChannelDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.Channel == NotificationChannel.Email || d.Channel == NotificationChannel.Sms))
            .OrderBy(d => d.Id).Take(SendBatch).ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            await AttemptAsync(delivery, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var attempted = due.Concat(await PostRobotsAsync(now, cancellationToken)).ToList();
        return new ChannelRound(
            planned, attempted.Count(d => d.Status == ChannelDeliveryStatus.Sent), attempted.Count(d => d.Status == ChannelDeliveryStatus.Pending),
            attempted.Count(d => d.Status == ChannelDeliveryStatus.DeadLettered));
    }

    // A group takes a robot's messages at about 20 a minute: each robot with notices due posts them all in one message,
    // and not again within Channels:RobotIntervalSeconds (its deliveries wait, due, for the next).
    private async Task<List<ChannelDelivery>> PostRobotsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var waiting = await db.ChannelDeliveries
            .Where(d => d.Status == ChannelDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.Channel == NotificationChannel.DingTalk || d.Channel == NotificationChannel.WeCom))
            .Select(d => d.Recipient).Distinct().ToListAsync(cancellationToken);
        var attempted = new List<ChannelDelivery>();
        foreach (var recipient in waiting)
        {
            var robotId = Guid.Parse(recipient);
            var robot = await db.ChannelRobots.SingleOrDefaultAsync(r => r.Id == robotId, cancellationToken);
            if (robot is not null && !robot.MayPost(now, TimeSpan.FromSeconds(settings.RobotIntervalSeconds)))
            {
                continue;
            }

            var deliveries = await db.ChannelDeliveries
                .Where(d => d.Recipient == recipient && d.Status == ChannelDeliveryStatus.Pending && d.NextAttemptAt <= now)
                .OrderBy(d => d.NoticeId).Take(RobotBatch).ToListAsync(cancellationToken);
            try
            {
                await PostAsync(robot, deliveries, settings, cancellationToken);
                var at = time.GetUtcNow();
                deliveries.ForEach(d => d.Sent(at));
                robot!.Posted(at);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Robot {Robot} could not post {Count} notices: {Error}", recipient, deliveries.Count, e.Message);
                deliveries.ForEach(d => Failed(d, e, settings));
            }

            await db.SaveChangesAsync(cancellationToken);
            attempted.AddRange(deliveries);
        }

        return attempted;
    }

    private async Task PostAsync(ChannelRobot? robot, List<ChannelDelivery> deliveries, ChannelOptions settings, CancellationToken cancellationToken)
    {
        if (robot is not { Active: true })
        {
            throw new ChannelDeliveryException(robot is null ? "The robot no longer exists." : "The robot was stopped.", retryable: false);
        }

        // In Chinese, whatever the job's culture: the groups are the cities' own.
        IReadOnlyList<NoticeDto> notices = [];
        await InCultureAsync("zh-CN", async () =>
            notices = await ChannelNotices.ReadManyAsync(db, deliveries.Take(settings.RobotDigestLines).Select(d => d.NoticeId).ToList(), cancellationToken));

        var secret = robot.ProtectedSecret is { } protectedSecret ? System.Text.Encoding.UTF8.GetString(protector.Unprotect(protectedSecret)) : null;
        await robots.SendAsync(
            new RobotTarget(robot.Kind == NotificationChannel.DingTalk ? RobotKind.DingTalk : RobotKind.WeCom, new Uri(robot.Url), secret),
            RobotMessage.ForNotices(notices, deliveries.Count, settings.RobotDigestLines, settings.ConsoleUrl), cancellationToken);
    }

    /// <summary>Plans one batch of events after the cursor, in one transaction with it: the events read, the deliveries planned.</summary>
    private async Task<(int Events, int Planned)> PlanAsync(CancellationToken cancellationToken)
    {
        var cursor = await db.ChannelCursors.SingleOrDefaultAsync(c => c.Id == ChannelCursor.TheRow, cancellationToken);
        if (cursor is null)
        {
            cursor = new ChannelCursor();
            db.ChannelCursors.Add(cursor);
        }

        var after = cursor.LastPosition;
        var events = await db.OutboxEvents.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
            .Where(e => e.Position > after)
            .OrderBy(e => e.Position)
            .Take(PlanBatch)
            .Select(e => new { Position = e.Position!.Value, e.Type, e.NoticeId })
            .ToListAsync(cancellationToken);
        if (events.Count == 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            return (0, 0);
        }

        var planned = 0;
        var now = time.GetUtcNow();
        var noticeIds = events.Where(e => e.NoticeId is not null && e.Type is EventTypes.NoticeIssued or EventTypes.NoticeEscalated).Select(e => e.NoticeId!.Value).ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id) && !db.ChannelDeliveries.Any(d => d.NoticeId == n.Id)).ToListAsync(cancellationToken);
        // A channel the installation has not configured (Email:Host, Sms:Url) plans nothing, and then nobody's inbox is
        // asked about: robots alone need no recipients.
        var byEmail = !string.IsNullOrWhiteSpace(emailOptions.Value.Host);
        var bySms = smsOptions.Value.Url is not null;
        var recipients = notices.Count == 0 || !(byEmail || bySms) ? null : await NoticeRecipients.ForAsync(db, time, notices, byEmail, bySms, cancellationToken);
        var robotsAll = await db.ChannelRobots.AsNoTracking().Where(r => r.Active).ToListAsync(cancellationToken);
        var local = TimeZoneInfo.ConvertTime(now, ShanghaiClock.Zone).DateTime;

        // The units of each notice's party on its task, for the units' robots: one query for the batch.
        var taskIds = robotsAll.Count == 0 ? [] : notices.Select(n => n.TaskId).Distinct().ToList();
        var unitsOf = (taskIds.Count == 0 ? [] : await (
                    from t in db.Tasks.IgnoreQueryFilters([VisibilityFilter.Name])
                    where taskIds.Contains(t.Id)
                    from p in t.Parties
                    from link in p.Departments
                    join d in db.Departments on link.DepartmentId equals d.Id
                    select new { TaskId = t.Id, p.JurisdictionCode, d.Code })
                .ToListAsync(cancellationToken))
            .ToLookup(u => (u.TaskId, u.JurisdictionCode), u => u.Code);
        foreach (var notice in notices)
        {
            foreach (var person in recipients?[notice.Id] ?? [])
            {
                var preference = person.Preference;
                if ((notice.Kind == NoticeKind.Reminder && !preference.Reminders) || (notice.Level is { } level && level < preference.FromLevel))
                {
                    continue;
                }

                var release = new DateTimeOffset(preference.ReleaseAt(local, notice.Level), ShanghaiClock.Zone.GetUtcOffset(local)).ToUniversalTime();
                if (byEmail && preference.Email && !string.IsNullOrWhiteSpace(person.Email))
                {
                    db.ChannelDeliveries.Add(ChannelDelivery.Plan(notice.Id, NotificationChannel.Email, person.UserId.ToString(), person.Name, release, now));
                    planned++;
                }

                if (bySms && preference.Sms && !string.IsNullOrWhiteSpace(person.Phone))
                {
                    db.ChannelDeliveries.Add(ChannelDelivery.Plan(notice.Id, NotificationChannel.Sms, person.UserId.ToString(), person.Name, release, now));
                    planned++;
                }
            }

            if (robotsAll.Count == 0)
            {
                continue;
            }

            var units = unitsOf[(notice.TaskId, notice.JurisdictionCode)].ToList();
            foreach (var robot in robotsAll.Where(r => r.Scope == notice.JurisdictionCode || units.Contains(r.Scope)))
            {
                db.ChannelDeliveries.Add(ChannelDelivery.Plan(notice.Id, robot.Kind, robot.Id.ToString(), robot.Name, now, now));
                planned++;
            }
        }

        cursor.PlannedThrough(events[^1].Position);
        await db.SaveChangesAsync(cancellationToken);
        return (events.Count, planned);
    }

    private async Task AttemptAsync(ChannelDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        try
        {
            await SendAsync(delivery, settings, cancellationToken);
            delivery.Sent(time.GetUtcNow());
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Channel delivery {Id} ({Channel}) failed: {Error}", delivery.Id, delivery.Channel, e.Message);
            Failed(delivery, e, settings);
        }
    }

    // Retried with backoff while a later attempt may succeed, or given up.
    private void Failed(ChannelDelivery delivery, Exception e, ChannelOptions settings)
    {
        var retryable = e is not ChannelDeliveryException { Retryable: false } and not InvalidOperationException;
        var retryAt = retryable && delivery.Attempts + 1 < settings.MaxAttempts ? time.GetUtcNow() + Webhooks.WebhookDispatcher.Backoff(delivery.Attempts + 1, settings.FirstRetrySeconds, settings.MaxRetrySeconds) : (DateTimeOffset?)null;
        delivery.Failed(e.Message, retryAt);
    }

    private async Task SendAsync(ChannelDelivery delivery, ChannelOptions settings, CancellationToken cancellationToken)
    {
        var userId = Guid.Parse(delivery.Recipient);
        var person = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId && u.IsActive, cancellationToken)
            ?? throw new ChannelDeliveryException("The person's account is no longer active.", retryable: false);
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken) ?? NotificationPreference.Default(userId);
        await InCultureAsync(preference.Language, async () =>
        {
            var notice = await ChannelNotices.ReadAsync(db, delivery.NoticeId, cancellationToken) ?? throw new ChannelDeliveryException("The notice no longer exists.", retryable: false);
            if (delivery.Channel == NotificationChannel.Email)
            {
                var address = person.Email ?? throw new ChannelDeliveryException("The person has no email address any more.", retryable: false);
                await email.SendAsync(NoticeEmail.Compose(notice, address, person.DisplayName, settings.ConsoleUrl), cancellationToken);
            }
            else
            {
                var phone = person.Phone ?? throw new ChannelDeliveryException("The person has no mobile number any more.", retryable: false);
                await sms.SendAsync(new SmsMessage(phone, settings.SmsTemplate, new Dictionary<string, string>
                {
                    ["number"] = notice.Number ?? notice.Task.Key,
                    ["task"] = notice.Task.TitleZh,
                    ["reply_by"] = notice.ReplyBy is { } reply ? $"{reply.Month}月{reply.Day}日" : "—",
                }), cancellationToken);
            }
        });
    }

    // A notice's text and a message's labels are written in the current UI culture: the reader's, for the time of the work.
    private static async Task InCultureAsync(string culture, Func<Task> work)
    {
        var current = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = current;
        }
    }
}
