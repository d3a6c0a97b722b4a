using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Chasing;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.Common;

/// <summary>Reads notices with their task, milestone, read state and recipient units, and words them.</summary>
internal static class NoticeProjection
{
    /// <summary>The issuer when no joint office runs the task's programme.</summary>
    public const string Issuer = "联合办公室";

    public static IQueryable<NoticeRow> Rows(IQueryable<Notice> notices, IAppDbContext db, Guid? userId) =>
        from n in notices
        join t in db.Tasks on n.TaskId equals t.Id
        select new NoticeRow
        {
            Notice = n,
            Read = db.NoticeReads.Any(r => r.NoticeId == n.Id && r.UserId == userId),
            TaskKey = t.Key,
            TaskTitleZh = t.TitleZh,
            TaskTitleEn = t.TitleEn,
            ProgrammeCode = t.ProgrammeCode,
        };

    public static async Task<IReadOnlyList<NoticeDto>> ToDtosAsync(IReadOnlyList<NoticeRow> rows, IAppDbContext db, CancellationToken cancellationToken)
    {
        var taskIds = rows.Select(r => r.Notice.TaskId).Distinct().ToList();
        var units = (await (
                from t in db.Tasks.AsNoTracking()
                where taskIds.Contains(t.Id)
                from p in t.Parties
                from link in p.Departments
                join d in db.Departments on link.DepartmentId equals d.Id
                select new { TaskId = t.Id, p.JurisdictionCode, d.Code, d.NameZh, d.NameEn })
                .ToListAsync(cancellationToken))
            .OrderBy(u => u.Code, StringComparer.Ordinal)
            .ToLookup(u => (u.TaskId, u.JurisdictionCode), u => Localized.Text(u.NameZh, u.NameEn));
        var milestoneIds = rows.Where(r => r.Notice.Subject == NoticeSubject.Milestone).Select(r => r.Notice.SubjectId).Distinct().ToList();
        var titles = await db.Tasks.AsNoTracking()
            .Where(t => taskIds.Contains(t.Id))
            .SelectMany(t => t.Milestones.Where(m => milestoneIds.Contains(m.Id)).Select(m => new { m.Id, m.Title, m.TitleEn }))
            .ToDictionaryAsync(m => m.Id, m => Localized.Text(m.Title, m.TitleEn ?? m.Title), cancellationToken);
        var askIds = rows.Where(r => r.Notice.Subject == NoticeSubject.Ask).Select(r => r.Notice.SubjectId).Distinct().ToList();
        foreach (var ask in await db.Asks.AsNoTracking().Where(a => askIds.Contains(a.Id)).Select(a => new { a.Id, a.Subject }).ToListAsync(cancellationToken))
        {
            titles[ask.Id] = ask.Subject;
        }

        // An issue's notice goes to the addressed unit (a task force: its lead unit), not to the city's units on the task.
        var issueIds = rows.Where(r => r.Notice.Subject == NoticeSubject.Issue).Select(r => r.Notice.SubjectId).Distinct().ToList();
        var issues = await db.Issues.AsNoTracking().Where(i => issueIds.Contains(i.Id))
            .Select(i => new { i.Id, i.Subject, i.AddresseeKind, i.AddresseeCode }).ToListAsync(cancellationToken);
        var codes = issues.Select(i => i.AddresseeCode).Distinct().ToList();
        var leads = await db.TaskForces.AsNoTracking().Where(f => codes.Contains(f.Code)).Select(f => new { f.Code, f.LeadUnitId }).ToListAsync(cancellationToken);
        var leadIds = leads.Select(l => l.LeadUnitId).ToList();
        var unitNames = await db.Departments.AsNoTracking().Where(d => codes.Contains(d.Code) || leadIds.Contains(d.Id))
            .Select(d => new { d.Id, d.Code, d.NameZh, d.NameEn }).ToListAsync(cancellationToken);
        var addressed = new Dictionary<Guid, string>();
        foreach (var issue in issues)
        {
            titles[issue.Id] = issue.Subject;
            var unit = issue.AddresseeKind == Domain.Issues.IssueAddressee.TaskForce
                ? unitNames.FirstOrDefault(d => leads.Any(l => l.Code == issue.AddresseeCode && l.LeadUnitId == d.Id))
                : unitNames.FirstOrDefault(d => d.Code == issue.AddresseeCode);
            if (unit is not null)
            {
                addressed[issue.Id] = Localized.Text(unit.NameZh, unit.NameEn);
            }
        }

        var issuers = (await db.JointOffices.AsNoTracking().OrderBy(o => o.Code).ToListAsync(cancellationToken))
            .SelectMany(o => o.Programmes.Select(p => (p.ProgrammeCode, Office: o)))
            .ToLookup(x => x.ProgrammeCode, x => x.Office);
        var deliveries = await DeliveriesAsync(rows.Select(r => r.Notice.Id).ToList(), db, cancellationToken);
        return rows.Select(r => ToDto(
            r,
            addressed.TryGetValue(r.Notice.SubjectId, out var unit) && r.Notice.Subject == NoticeSubject.Issue ? [unit] : units[(r.Notice.TaskId, r.Notice.JurisdictionCode)].ToList(),
            titles.GetValueOrDefault(r.Notice.SubjectId), IssuerOf(issuers[r.ProgrammeCode].ToList())) with { Deliveries = deliveries[r.Notice.Id].ToList() }).ToList();
    }

    // How each notice went out besides the inbox, in the order the deliveries were planned.
    private static async Task<ILookup<long, ChannelDeliveryDto>> DeliveriesAsync(List<long> noticeIds, IAppDbContext db, CancellationToken cancellationToken) =>
        (await db.ChannelDeliveries.AsNoTracking().Where(d => noticeIds.Contains(d.NoticeId)).OrderBy(d => d.Id)
            .Select(d => new
            {
                d.NoticeId,
                Delivery = new ChannelDeliveryDto(
                    d.Id, d.Channel, d.RecipientName, d.Status, d.Attempts, d.SentAt, d.Status == Domain.Channels.ChannelDeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastError),
            })
            .ToListAsync(cancellationToken))
        .ToLookup(d => d.NoticeId, d => d.Delivery);

    // The office of the task's programme (both, for a programme the two offices run together).
    private static string IssuerOf(List<Domain.Jurisdictions.JointOffice> offices) =>
        offices.Count == 0
            ? Localized.Text(Issuer, "Joint office")
            : Localized.Text(string.Join("、", offices.Select(o => o.NameZh)), string.Join(" and ", offices.Select(o => o.NameEn)));

    /// <param name="title">The milestone's title, or the ask's or the issue's subject, by the notice's subject.</param>
    private static NoticeDto ToDto(NoticeRow row, IReadOnlyList<string> units, string? title, string issuer)
    {
        var n = row.Notice;
        var ack = n.AcknowledgedAt is { } at ? new NoticeAcknowledgementDto(at, n.AcknowledgedBy!, n.AcknowledgementReason, n.ExpectedOn) : null;
        return new NoticeDto(
            n.Id, n.Number, n.Kind, n.Subject, Text(row, title), new NoticeTaskDto(row.TaskKey, row.TaskTitleZh, row.TaskTitleEn),
            n.Subject == NoticeSubject.Milestone ? n.SubjectId : null, n.Subject == NoticeSubject.Milestone ? title : null,
            n.Subject == NoticeSubject.Ask ? n.SubjectId : null, n.Subject == NoticeSubject.Ask ? title : null,
            n.Subject == NoticeSubject.Issue ? n.SubjectId : null, n.Subject == NoticeSubject.Issue ? title : null, n.Period, n.JurisdictionCode, units,
            n.DueOn, n.DaysOverdue, n.Rung, n.Level, issuer, n.IssuedAt, n.ReplyBy, row.Read, ack);
    }

    /// <summary>The notice in one sentence, as a recipient would read it on paper.</summary>
    private static string Text(NoticeRow row, string? milestone)
    {
        var n = row.Notice;
        if (n.Subject == NoticeSubject.Ask)
        {
            return Localized.Text(
                $"{n.Number}：“{row.TaskTitleZh}”争取事项“{milestone}”已过跟进日（{n.DueOn:yyyy-MM-dd}）{n.DaysOverdue} 天仍无答复，请于 {n.ReplyBy:yyyy-MM-dd} 前签收，反馈跟进情况及预计答复时间，或登记答复。",
                $"{n.Number}: the ask '{milestone}' on '{row.TaskTitleEn}' is {n.DaysOverdue} days past its follow-up day ({n.DueOn:yyyy-MM-dd}) without an answer; acknowledge by {n.ReplyBy:yyyy-MM-dd} with how it is being followed up and when an answer is expected, or record the answer.");
        }

        if (n.Subject == NoticeSubject.Issue)
        {
            return Localized.Text(
                $"{n.Number}：“{row.TaskTitleZh}”协调事项“{milestone}”已过答复期限（{n.DueOn:yyyy-MM-dd}）{n.DaysOverdue} 天仍未答复，请于 {n.ReplyBy:yyyy-MM-dd} 前签收并答复。",
                $"{n.Number}: the issue '{milestone}' on '{row.TaskTitleEn}' is {n.DaysOverdue} days past its reply-by day ({n.DueOn:yyyy-MM-dd}) without an answer; acknowledge and answer by {n.ReplyBy:yyyy-MM-dd}.");
        }

        var what = n.Subject == NoticeSubject.Milestone
            ? Localized.Text($"“{row.TaskTitleZh}”节点“{milestone}”", $"'{row.TaskTitleEn}', milestone '{milestone}'")
            : Localized.Text($"“{row.TaskTitleZh}”{n.Period} 月度进展报告（月调度）", $"the {n.Period} monthly report on '{row.TaskTitleEn}'");
        if (n.Kind == NoticeKind.Reminder)
        {
            return Localized.Text(
                $"提醒：{what}将于 {n.DueOn:yyyy-MM-dd} 到期，请按时完成。",
                $"Reminder: {what} is due on {n.DueOn:yyyy-MM-dd}.");
        }

        return Localized.Text(
            $"{n.Number}：{what}已逾期 {n.DaysOverdue} 天（应于 {n.DueOn:yyyy-MM-dd} 完成），请于 {n.ReplyBy:yyyy-MM-dd} 前签收并反馈原因及预计完成时间。",
            $"{n.Number}: {what} is {n.DaysOverdue} days overdue (due {n.DueOn:yyyy-MM-dd}); acknowledge by {n.ReplyBy:yyyy-MM-dd} with the reason and an expected date.");
    }
}
