using System.Globalization;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Chasing.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CrossRegion.Infrastructure.Chasing;

/// <summary>
/// The SQL of one chase step: an INSERT … SELECT that issues every notice the step owes and no other, plus the
/// outbox INSERT for the notices it issued. Set-based, so a chase over a million milestones never loads them;
/// idempotent twice over: an anti-join skips what exists, and the unique obligation keys
/// (<c>UX_Notices_Obligation</c> by level for formal notices, <c>UX_Notices_Reminder</c> by working days ahead for
/// reminders) make a racing insert do nothing. The same text runs on PostgreSQL and SQLite
/// (quoted identifiers, ON CONFLICT, window functions); only the JSON constructor differs.
/// </summary>
internal sealed class ChaseSql
{
    private const string Columns = """
        INSERT INTO "Notices" ("Kind", "Subject", "SubjectId", "TaskId", "Period", "JurisdictionCode", "DueOn", "Rung",
            "Level", "Year", "Serial", "Number", "IssuedAt", "IssuedOn", "ReplyBy", "EscalationBasis", "BatchId")
        """;

    // The two obligation keys (partial unique indexes): a reminder by its working days ahead, a formal notice by its
    // level. The conflict target names the index's predicate, as PostgreSQL and SQLite both require for a partial index.
    private const string ReminderConflict = """
        ON CONFLICT ("Subject", "SubjectId", "JurisdictionCode", "DueOn", "Rung") WHERE "Kind" = 'Reminder' DO NOTHING
        """;

    private const string NoticeConflict = """
        ON CONFLICT ("Subject", "SubjectId", "JurisdictionCode", "DueOn", "Level") WHERE "Kind" = 'Notice' DO NOTHING
        """;

    private static readonly string Open = Quote(MilestoneStatus.Open);
    private static readonly string Active = Quote(CoordinatedTaskStatus.Active);
    private static readonly string Met = string.Join(", ", SignOffStatuses.SettlingPart.Select(s => Quote(s)));
    private static readonly string Awaiting = string.Join(", ", Ask.AwaitingAnswer.Select(s => Quote(s)));
    private static readonly string IssueOpen = Quote(Domain.Issues.IssueStatus.Open);
    private static readonly string Reporting = string.Join(", ", Enum.GetValues<PartyRole>().Where(r => r.IsResponsible()).Select(r => Quote(r)));

    /// <summary>
    /// Whether a task force holds the task <c>t</c> with a lead unit of one of the task's parties: only then has the
    /// task-force rung someone to address who may read the task (ADR 0024).
    /// </summary>
    private const string HeldByTaskForce = """
        EXISTS (SELECT 1 FROM "TaskForceTasks" ft
            JOIN "TaskForces" f ON f."Id" = ft."TaskForceId"
            JOIN "Departments" d ON d."Id" = f."LeadUnitId"
            JOIN "Parties" lp ON lp."TaskId" = ft."TaskId" AND lp."JurisdictionCode" = d."JurisdictionCode"
            WHERE ft."TaskId" = t."Id")
        """;

    private static readonly DateTimeOffsetToBinaryConverter BinaryInstant = new();

    private readonly List<object> _parameters = [];
    private readonly bool _postgres;

    private ChaseSql(bool postgres) => _postgres = postgres;

    public string Text { get; private set; } = string.Empty;
    public IReadOnlyList<object> Parameters => _parameters;

    /// <summary>The INSERT that issues the step's notices, tagged with <paramref name="batch"/>.</summary>
    public static ChaseSql Issue(ChaseStep step, Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(step);
        var sql = new ChaseSql(postgres);
        sql.Text = step switch
        {
            ReminderStep { Subject: NoticeSubject.Milestone } r => sql.MilestoneSource(r, null, r.DueFrom, r.DueBefore, null, null, batch, today, now, numberPrefix),
            ReminderStep r => sql.ReportSource(r, null, r.Period!, r.DueFrom, null, null, batch, today, now, numberPrefix),
            FirstNoticeStep { Subject: NoticeSubject.Milestone } f => sql.MilestoneSource(f, f.Jurisdiction, null, null, f.DueThrough, f, batch, today, now, numberPrefix),
            FirstNoticeStep { Subject: NoticeSubject.Ask } f => sql.AskSource(f, batch, today, now, numberPrefix),
            FirstNoticeStep { Subject: NoticeSubject.Issue } f => sql.IssueSource(f, batch, today, now, numberPrefix),
            FirstNoticeStep f => sql.ReportSource(f, f.Jurisdiction, f.Period!, f.DueThrough, f.Level, f.ReplyBy, batch, today, now, numberPrefix),
            EscalationStep e => sql.Escalation(e, batch, today, now, numberPrefix),
            _ => throw new ArgumentOutOfRangeException(nameof(step)),
        };
        return sql;
    }

    /// <summary>The outbox events (notice.issued / notice.escalated) of the notices a batch issued, in the same transaction.</summary>
    public static ChaseSql Events(Guid batch, ChaseStep step, LadderLevel level, DateTimeOffset now, bool postgres)
    {
        ArgumentNullException.ThrowIfNull(step);
        var sql = new ChaseSql(postgres);
        var json = postgres ? "json_build_object" : "json_object";
        var cast = postgres ? "::text" : string.Empty;
        sql.Text = $"""
            INSERT INTO "OutboxEvents" ("Type", "TaskId", "NoticeId", "Payload", "OccurredAt")
            SELECT {sql.P(step.Rung == 0 ? EventTypes.NoticeIssued : EventTypes.NoticeEscalated)}, n."TaskId", n."Id", {json}(
                'notice_id', n."Id", 'number', n."Number", 'task_id', lower(CAST(n."TaskId" AS TEXT)), 'task_key', t."Key",
                'subject', {sql.P(EnumText.ToText(step.Subject))}, 'subject_id', lower(CAST(n."SubjectId" AS TEXT)),
                'period', n."Period", 'jurisdiction', n."JurisdictionCode", 'due_on', n."DueOn", 'rung', n."Rung",
                'level', {sql.P(EnumText.ToText(level))}, 'reply_by', n."ReplyBy",
                'issued_at', {sql.P(UtcInstantConverter.Text(now))}){cast},
                {sql.Instant(now)}
            FROM "Notices" n
            JOIN "Tasks" t ON t."Id" = n."TaskId"
            WHERE n."BatchId" = {sql.P(batch)}
            ORDER BY n."Id"
            """;
        return sql;
    }

    private string MilestoneSource(
        ChaseStep step, string? jurisdiction, DateOnly? dueFrom, DateOnly? dueBefore, DateOnly? dueThrough, FirstNoticeStep? notice,
        Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        var where = new List<string> { $"t.\"Status\" = {Active}", $"m.\"Status\" = {Open}" };
        AddIf(where, jurisdiction, v => $"o.\"JurisdictionCode\" = {P(v)}");
        AddIf(where, dueFrom, v => $"m.\"DueDate\" >= {P(v)}");
        AddIf(where, dueBefore, v => $"m.\"DueDate\" < {P(v)}");
        AddIf(where, dueThrough, v => $"m.\"DueDate\" <= {P(v)}");
        where.Add(NotMet("m.\"Id\"", "o.\"JurisdictionCode\""));
        where.Add(NotIssued(step, "m.\"Id\"", "o.\"JurisdictionCode\"", "m.\"DueDate\""));
        return $"""
            {Columns}
            SELECT {Values(step, notice?.Level, notice?.ReplyBy, "m.\"Id\"", "m.\"TaskId\"", "NULL", "o.\"JurisdictionCode\"", "m.\"DueDate\"",
                "t.\"Key\", m.\"DueDate\", m.\"SortOrder\", o.\"JurisdictionCode\"", batch, today, now, numberPrefix)}
            FROM "Milestones" m
            JOIN "Tasks" t ON t."Id" = m."TaskId"
            JOIN "MilestoneOwners" o ON o."MilestoneId" = m."Id"
            WHERE {string.Join("\n  AND ", where)}
            {OnConflict(step)}
            """;
    }

    private string ReportSource(
        ChaseStep step, string? jurisdiction, string period, DateOnly dueOn, LadderLevel? level, DateOnly? replyBy,
        Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        if (!ReportPeriod.TryParse(period, out var first))
        {
            throw new ArgumentException($"Not a report period: {period}", nameof(period));
        }

        var periodEnd = ShanghaiClock.StartOf(first.AddMonths(1));
        var where = new List<string>
        {
            $"t.\"Status\" = {Active}",
            $"p.\"Role\" IN ({Reporting})",
            $"t.\"CreatedAt\" < {Instant(periodEnd)}",
        };
        AddIf(where, jurisdiction, v => $"p.\"JurisdictionCode\" = {P(v)}");
        where.Add(NotReported("t.\"Id\"", "p.\"JurisdictionCode\"", P(period)));
        var due = P(dueOn);
        where.Add(NotIssued(step, "t.\"Id\"", "p.\"JurisdictionCode\"", due));
        return $"""
            {Columns}
            SELECT {Values(step, level, replyBy, "t.\"Id\"", "t.\"Id\"", P(period), "p.\"JurisdictionCode\"", due,
                "t.\"Key\", p.\"JurisdictionCode\"", batch, today, now, numberPrefix)}
            FROM "Tasks" t
            JOIN "Parties" p ON p."TaskId" = t."Id"
            WHERE {string.Join("\n  AND ", where)}
            {OnConflict(step)}
            """;
    }

    /// <summary>
    /// First notices for asks still awaiting an answer (submitted or accepted) whose follow-up day is on or before the
    /// step's cut-off: one to each submitting city (the step's city among the ask's submitters), due on the follow-up
    /// day. Moving the follow-up day starts a new chase; the notices of the old one stand and stop climbing.
    /// </summary>
    private string AskSource(FirstNoticeStep step, Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        var city = P(step.Jurisdiction);
        return $"""
            {Columns}
            SELECT {Values(step, step.Level, step.ReplyBy, "a.\"Id\"", "a.\"TaskId\"", "NULL", city, "a.\"FollowUpOn\"",
                "t.\"Key\", a.\"FollowUpOn\", a.\"Id\"", batch, today, now, numberPrefix)}
            FROM "Asks" a
            JOIN "Tasks" t ON t."Id" = a."TaskId"
            WHERE t."Status" = {Active} AND a."Status" IN ({Awaiting}) AND a."FollowUpOn" <= {P(step.DueThrough)}
              AND {Submits(city, "a.\"Submitters\"")}
              AND {NotIssued(step, "a.\"Id\"", city, "a.\"FollowUpOn\"")}
            {OnConflict(step)}
            """;
    }

    /// <summary>
    /// First notices for issues still open (unanswered) past their reply-by day on or before the step's cut-off: one to
    /// the city answering for the addressee (a unit's, a task force's lead unit's), due on the reply-by day. A reopening
    /// sets a new reply-by day and starts a new chase; the answer ends it. Issues addressed to the joint office or an
    /// organisation have no city to chase: they go onto the joint meeting's agenda instead.
    /// </summary>
    private string IssueSource(FirstNoticeStep step, Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        var city = P(step.Jurisdiction);
        return $"""
            {Columns}
            SELECT {Values(step, step.Level, step.ReplyBy, "i.\"Id\"", "i.\"TaskId\"", "NULL", city, "i.\"ReplyBy\"",
                "t.\"Key\", i.\"ReplyBy\", i.\"Id\"", batch, today, now, numberPrefix)}
            FROM "Issues" i
            JOIN "Tasks" t ON t."Id" = i."TaskId"
            WHERE t."Status" = {Active} AND i."Status" = {IssueOpen} AND i."ReplyBy" <= {P(step.DueThrough)} AND i."AddresseeJurisdiction" = {city}
              AND {NotIssued(step, "i.\"Id\"", city, "i.\"ReplyBy\"")}
            {OnConflict(step)}
            """;
    }

    /// <summary>Whether a city is among an ask's submitters: a text[] on PostgreSQL, a JSON array on SQLite.</summary>
    private string Submits(string city, string submitters) => _postgres
        ? $"{city} = ANY({submitters})"
        : $"EXISTS (SELECT 1 FROM json_each({submitters}) s WHERE s.value = {city})";

    private string Escalation(EscalationStep step, Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        var stillOwed = step.Subject switch
        {
            NoticeSubject.Milestone => $"""
                EXISTS (SELECT 1 FROM "Milestones" m WHERE m."Id" = p."SubjectId" AND m."Status" = {Open} AND m."DueDate" = p."DueOn")
                  AND {NotMet("p.\"SubjectId\"", "p.\"JurisdictionCode\"")}
                """,
            NoticeSubject.Ask => $"""
                EXISTS (SELECT 1 FROM "Asks" a WHERE a."Id" = p."SubjectId" AND a."Status" IN ({Awaiting}) AND a."FollowUpOn" = p."DueOn")
                """,
            NoticeSubject.Issue => $"""
                EXISTS (SELECT 1 FROM "Issues" i WHERE i."Id" = p."SubjectId" AND i."Status" = {IssueOpen} AND i."ReplyBy" = p."DueOn")
                """,
            _ => NotReported("p.\"TaskId\"", "p.\"JurisdictionCode\"", "p.\"Period\""),
        };

        // A city's own programme that no joint office shares climbs the city's own rungs only: the joint office and the
        // joint meeting neither see it nor answer for it.
        var ownLadder = step.Level is LadderLevel.JointOffice or LadderLevel.JointMeeting
            ? """
                AND NOT EXISTS (SELECT 1 FROM "Programmes" g WHERE g."Code" = t."ProgrammeCode" AND g."OwnerJurisdiction" IS NOT NULL AND g."SharedWithOffice" IS NULL)
              """
            : string.Empty;
        var taskForce = step.TaskForce switch
        {
            TaskForceCondition.Held => $"AND {HeldByTaskForce}",
            TaskForceCondition.NotHeld => $"AND NOT {HeldByTaskForce}",
            _ => string.Empty,
        };
        return $"""
            {Columns}
            SELECT {Values(step, step.Level, step.ReplyBy, "p.\"SubjectId\"", "p.\"TaskId\"", "p.\"Period\"", "p.\"JurisdictionCode\"", "p.\"DueOn\"",
                "t.\"Key\", p.\"DueOn\", p.\"Id\"", batch, today, now, numberPrefix)}
            FROM "Notices" p
            JOIN "Tasks" t ON t."Id" = p."TaskId"
            WHERE p."Kind" = {Quote(NoticeKind.Notice)} AND p."Level" = {Quote(step.FromLevel)} AND p."JurisdictionCode" = {P(step.Jurisdiction)}
              AND p."EscalationBasis" <= {P(step.BasisThrough)} AND p."Subject" = {Quote(step.Subject)} AND t."Status" = {Active}
              AND {stillOwed}
              AND {NotIssued(step, "p.\"SubjectId\"", "p.\"JurisdictionCode\"", "p.\"DueOn\"")}
              {ownLadder}
              {taskForce}
            {OnConflict(step)}
            """;
    }

    /// <summary>The SELECT list in the column order of <see cref="Columns"/>; formal notices are numbered in <paramref name="order"/>.</summary>
    private string Values(
        ChaseStep step, LadderLevel? level, DateOnly? replyBy, string subjectId, string taskId, string period, string jurisdiction, string dueOn,
        string order, Guid batch, DateOnly today, DateTimeOffset now, string numberPrefix)
    {
        string year = "NULL", serial = "NULL", number = "NULL";
        if (step.Kind == NoticeKind.Notice)
        {
            year = P(today.Year);
            serial = $"(SELECT COALESCE(MAX(x.\"Serial\"), 0) FROM \"Notices\" x WHERE x.\"Year\" = {year}) + ROW_NUMBER() OVER (ORDER BY {order})";
            number = $"{P($"{numberPrefix}〔{today.Year}〕")} || CAST({serial} AS TEXT) || '号'";
        }

        return string.Join(", ",
            Quote(step.Kind), Quote(step.Subject), subjectId, taskId, period, jurisdiction, dueOn, P(step.Rung),
            level is { } l ? Quote(l) : "NULL", year, serial, number, Instant(now), P(today),
            replyBy is { } r ? P(r) : "NULL", P(today), P(batch));
    }

    private static string NotMet(string milestoneId, string jurisdiction) => $"""
        NOT EXISTS (SELECT 1 FROM "MilestoneSignOffs" s WHERE s."MilestoneId" = {milestoneId}
            AND s."JurisdictionCode" = {jurisdiction} AND s."Status" IN ({Met}))
        """;

    private static string NotReported(string taskId, string jurisdiction, string period) => $"""
        NOT EXISTS (SELECT 1 FROM "ProgressReports" r WHERE r."TaskId" = {taskId}
            AND r."JurisdictionCode" = {jurisdiction} AND r."Period" = {period})
        """;

    /// <summary>
    /// Nothing of this kind issued yet for the obligation: for a reminder, at these working days ahead; for a formal
    /// notice, at this level or any above it, so an obligation that has climbed past a rung inserted later is not sent
    /// back down to it.
    /// </summary>
    private string NotIssued(ChaseStep step, string subjectId, string jurisdiction, string dueOn)
    {
        var stage = step switch
        {
            ReminderStep => $"n.\"Rung\" = {P(step.Rung)}",
            _ => $"n.\"Level\" IN ({string.Join(", ", Enum.GetValues<LadderLevel>().Where(l => l >= LevelOf(step)).Select(l => Quote(l)))})",
        };
        return $"""
            NOT EXISTS (SELECT 1 FROM "Notices" n WHERE n."Subject" = {Quote(step.Subject)} AND n."SubjectId" = {subjectId}
                AND n."JurisdictionCode" = {jurisdiction} AND n."DueOn" = {dueOn} AND n."Kind" = {Quote(step.Kind)} AND {stage})
            """;
    }

    /// <summary>The level a formal notice step issues at.</summary>
    public static LadderLevel LevelOf(ChaseStep step) => step switch
    {
        FirstNoticeStep f => f.Level,
        EscalationStep e => e.Level,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step?.Name, "A reminder has no level."),
    };

    private static string OnConflict(ChaseStep step) => step.Kind == NoticeKind.Reminder ? ReminderConflict : NoticeConflict;

    private static void AddIf(List<string> where, string? value, Func<string, string> condition)
    {
        if (value is not null)
        {
            where.Add(condition(value));
        }
    }

    private static void AddIf(List<string> where, DateOnly? value, Func<DateOnly, string> condition)
    {
        if (value is { } v)
        {
            where.Add(condition(v));
        }
    }

    /// <summary>An instant as the provider stores it: timestamptz on PostgreSQL, UTC ticks on SQLite (see SqliteAppDbContext).</summary>
    private string Instant(DateTimeOffset value) => P(_postgres ? value : BinaryInstant.ConvertToProvider(value)!);

    /// <summary>A parameter placeholder for EF's raw SQL ({0}, {1}, …).</summary>
    private string P(object value)
    {
        _parameters.Add(value);
        return "{" + (_parameters.Count - 1).ToString(CultureInfo.InvariantCulture) + "}";
    }

    /// <summary>Enum values are stored as their names (HasConversion&lt;string&gt;) and are SQL literals here, never input.</summary>
    private static string Quote<TEnum>(TEnum value)
        where TEnum : struct, Enum => $"'{value}'";
}
