using System.Globalization;
using CrossRegion.Api.Exports;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Bulletins.GetBulletin;
using CrossRegion.Application.Catalogue.ListCatalogue;
using MediatR;

namespace CrossRegion.Api.Documents;

/// <summary>A column of the bulletin's score tables: its Chinese and English headings and how a score fills it.</summary>
internal sealed record ScoreColumn(string Zh, string En, Func<Score, string> Value);

/// <summary>
/// 季通报 as a document: the bulletin as the caller may read it (overdue items of tasks the caller sees), with the
/// programmes' names for the overdue count by programme. The console page, the PDF and the workbook all take their
/// tables from here: rank and name, then the thirteen score columns (15 in all).
/// </summary>
internal sealed record BulletinSheet(BulletinDto Dto, IReadOnlyDictionary<string, NamedCodeDto> Programmes)
{
    public const string PdfType = "application/pdf";
    public const string XlsxType = LedgerSheet.XlsxType;

    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static readonly IReadOnlyList<ScoreColumn> ScoreColumns =
    [
        new("应完成", "Due", s => N(s.MilestonesDue)),
        new("按期完成", "On time", s => N(s.OnTime)),
        new("延期后完成", "After extension", s => N(s.AfterExtension)),
        new("逾期完成", "Late", s => N(s.Late)),
        new("逾期未完成", "Overdue", s => N(s.Overdue)),
        new("未到期", "Open", s => N(s.Open)),
        new("按期率", "On-time rate", s => Rate(s.OnTimeRate)),
        new("应报月调度", "Reports due", s => N(s.ReportsDue)),
        new("按时报送", "On time", s => N(s.ReportsOnTime)),
        new("迟报", "Late", s => N(s.ReportsLate)),
        new("未报", "Missing", s => N(s.ReportsMissing)),
        new("催办单", "Notices", s => N(s.NoticesIssued)),
        new("已签收", "Signed", s => N(s.NoticesAcknowledged)),
    ];

    /// <summary>The asks table's columns after the city (争取事项): counts in the period, and what awaits an answer.</summary>
    public static readonly IReadOnlyList<(string Zh, string En, Func<AskTally, int> Value)> AskColumns =
    [
        ("本期报送", "Submitted", a => a.Submitted),
        ("获批 / 纳入", "Won", a => a.Won),
        ("未获支持", "Refused", a => a.Refused),
        ("待答复", "Awaiting", a => a.Awaiting),
        ("其中逾期", "Of which overdue", a => a.Overdue),
    ];

    /// <summary>The 要素保障 table's columns after the city: requests raised and answered in the period, and what awaits an answer.</summary>
    public static readonly IReadOnlyList<(string Zh, string En, Func<FactorTally, int> Value)> FactorColumns =
    [
        ("本期提出", "Requested", f => f.Requested),
        ("全部保障", "Granted", f => f.Granted),
        ("部分保障", "Partly granted", f => f.PartlyGranted),
        ("不予保障", "Refused", f => f.Refused),
        ("待答复", "Awaiting", f => f.Awaiting),
        ("其中逾期", "Of which overdue", f => f.Overdue),
    ];

    /// <summary>The task forces table's columns after its name (专班): its tasks, and its milestone parts due in the period.</summary>
    public static readonly IReadOnlyList<(string Zh, string En, Func<TaskForceTally, int> Value)> TaskForceColumns =
    [
        ("任务数", "Tasks", f => f.Tasks),
        ("应完成节点", "Milestones due", f => f.Due),
        ("按期完成", "On time", f => f.OnTime),
        ("逾期完成", "Late", f => f.Late),
        ("逾期未完成", "Overdue", f => f.Overdue),
    ];

    public BulletinSummaryDto Bulletin => Dto.Bulletin;

    /// <summary>The task forces holding tasks of the bulletin, or none for a bulletin made before they were counted.</summary>
    public IReadOnlyList<TaskForceTally> TaskForces => Content.TaskForces ?? [];

    /// <summary>A task forces row: its name, then the five counts.</summary>
    public static string?[] TaskForceRow(TaskForceTally force) => [force.NameZh, .. TaskForceColumns.Select(c => N(c.Value(force)))];

    /// <summary>The cities' 要素 requests, or none for a bulletin made before they were counted.</summary>
    public IReadOnlyList<FactorTally> Factors => Content.Factors ?? [];

    /// <summary>A 要素保障 row: the city's name, then the six counts.</summary>
    public static string?[] FactorRow(FactorTally factors) => [factors.NameZh, .. FactorColumns.Select(c => N(c.Value(factors)))];

    /// <summary>The cities' asks, or none for a bulletin made before asks were counted.</summary>
    public IReadOnlyList<AskTally> Asks => Content.Asks ?? [];

    /// <summary>An asks row: the city's name, then the five counts.</summary>
    public static string?[] AskRow(string name, AskTally asks) => [name, .. AskColumns.Select(c => N(c.Value(asks)))];
    public BulletinContent Content => Dto.Content;

    /// <summary>The joint bulletin's title, or a city's own bulletin's (its part in the joint programmes and its own).</summary>
    public string Title => TitleOf(Bulletin, Content);

    public static string TitleOf(BulletinSummaryDto bulletin, BulletinContent content) => CityName(bulletin, content) is { } city
        ? $"{city}重点任务推进情况通报（{bulletin.Period}）"
        : $"川渝万达开重点任务推进情况通报（{bulletin.Period}）";

    public static string TitleEnOf(BulletinSummaryDto bulletin, BulletinContent content) => CityName(bulletin, content, english: true) is { } city
        ? $"{city}'s progress bulletin, {bulletin.Period}"
        : $"Joint programme progress bulletin, {bulletin.Period}";

    private static string? CityName(BulletinSummaryDto bulletin, BulletinContent content, bool english = false) =>
        bulletin.Scope == Domain.Reporting.Bulletin.JointScope ? null
        : content.Jurisdictions.FirstOrDefault(j => j.Code == bulletin.Scope) is { } j ? (english ? j.NameEn : j.NameZh) : bulletin.Scope;

    /// <summary>When it was generated, in Beijing time: 2026年11月30日 14:05（北京时间）.</summary>
    public string GeneratedAtZh => $"{NoticeSheet.Date(DateOnly.FromDateTime(BeijingTime.DateTime))} {BeijingTime:HH:mm}（北京时间）";

    public DateTimeOffset BeijingTime => TimeZoneInfo.ConvertTime(Bulletin.GeneratedAt, Beijing);

    public string FileName(string extension) => Bulletin.Scope == Domain.Reporting.Bulletin.JointScope
        ? $"季通报-{Bulletin.Period}-第{Bulletin.Version}版.{extension}"
        : $"季通报-{Bulletin.Scope}-{Bulletin.Period}-第{Bulletin.Version}版.{extension}";

    /// <summary>Overdue items the caller sees, counted by the task's programme, most first.</summary>
    public IReadOnlyList<(string Code, string NameZh, string NameEn, int Count)> OverdueByProgramme =>
        Content.OverdueItems
            .GroupBy(i => i.Programme ?? string.Empty)
            .Select(g => Programmes.TryGetValue(g.Key, out var p) ? (Code: g.Key, p.NameZh, p.NameEn, Count: g.Count()) : (Code: g.Key, NameZh: g.Key, NameEn: g.Key, Count: g.Count()))
            .OrderByDescending(x => x.Count).ThenBy(x => x.Code, StringComparer.Ordinal)
            .ToList();

    public static async Task<BulletinSheet> LoadAsync(IMediator mediator, Guid id, CancellationToken cancellationToken)
    {
        var dto = await mediator.Send(new GetBulletinQuery(id), cancellationToken);
        var catalogue = await mediator.Send(new ListCatalogueQuery(), cancellationToken);
        return new BulletinSheet(dto, catalogue.Programmes.ToDictionary(p => p.Code, StringComparer.Ordinal));
    }

    /// <summary>The bulletin as a workbook: 各地区, 各责任单位, 逾期事项, 逾期按规划 — counts as numbers, a spreadsheet can sum them.</summary>
    public byte[] Xlsx()
    {
        var scores = ScoreColumns.Select(c => c.Zh).ToList();
        var numeric = Enumerable.Range(1, 1 + ScoreColumns.Count).Where(i => i != 1 + 1 + 6).ToHashSet();
        var widths = Enumerable.Repeat(10.0, ScoreColumns.Count).ToList();
        using var stream = new MemoryStream();
        XlsxWriter.Write(stream,
        [
            new XlsxSheet("各地区", ["地区", "排名", .. scores], Content.Jurisdictions.Select(j => Row(j.NameZh, j.Rank, j.Score)), [16, 8, .. widths], Shift(numeric)),
            new XlsxSheet(
                "各责任单位", ["责任单位", "地区", "排名", .. scores],
                Content.Departments.Select(d => (string?[])[d.NameZh, d.Jurisdiction, .. Row(null, d.Rank, d.Score)[1..]]), [30, 8, 8, .. widths], Shift(numeric, 1)),
            new XlsxSheet(
                "逾期事项", ["任务编号", "任务名称", "节点", "地区", "责任单位", "应完成日期", "逾期天数", "所属规划"],
                Content.OverdueItems.Select(i => (string?[])
                [
                    i.TaskKey, i.TaskTitleZh, i.Milestone, i.Jurisdiction, string.Join("、", i.Departments),
                    i.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), N(i.DaysOverdue), ProgrammeName(i.Programme),
                ]),
                [16, 36, 30, 8, 30, 12, 10, 24], new HashSet<int> { 6 }),
            new XlsxSheet("逾期按规划", ["规划", "逾期事项"], OverdueByProgramme.Select(p => (string?[])[p.NameZh, N(p.Count)]), [40, 12], new HashSet<int> { 1 }),
            new XlsxSheet("争取事项", ["地区", .. AskColumns.Select(c => c.Zh)], Asks.Select(a => AskRow(a.NameZh, a)), [16, 12, 12, 12, 12, 12], Enumerable.Range(1, 5).ToHashSet()),
            new XlsxSheet("专班", ["专班", .. TaskForceColumns.Select(c => c.Zh)], TaskForces.Select(TaskForceRow), [30, 10, 12, 12, 12, 12], Enumerable.Range(1, 5).ToHashSet()),
            new XlsxSheet("要素保障", ["地区", .. FactorColumns.Select(c => c.Zh)], Factors.Select(FactorRow), [16, 12, 12, 12, 12, 12, 12], Enumerable.Range(1, 6).ToHashSet()),
            new XlsxSheet(
                "说明", ["项目", "内容"],
                [
                    ["通报", Title], ["统计期", $"{Content.From:yyyy-MM-dd} — {Content.Through:yyyy-MM-dd}"], ["截至", Content.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
                    ["版本", $"第 {Bulletin.Version} 版"], ["生成时间", GeneratedAtZh], ["审计链检查点", Content.AuditCheckpoint is { } h ? $"#{h.Sequence} {h.Hash}" : "—"],
                ],
                [16, 80]),
        ]);
        return stream.ToArray();
    }

    public string ProgrammeName(string? code) => code is not null && Programmes.TryGetValue(code, out var p) ? p.NameZh : code ?? "—";

    /// <summary>A score row: name, rank, then the thirteen columns.</summary>
    public static string?[] Row(string? name, int rank, Score score) => [name, N(rank), .. ScoreColumns.Select(c => c.Value(score))];

    public static string Rate(decimal? rate) => rate is { } r ? r.ToString("P1", CultureInfo.InvariantCulture) : "—";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static HashSet<int> Shift(HashSet<int> columns, int by = 0) => columns.Select(c => c + by).ToHashSet();
}
