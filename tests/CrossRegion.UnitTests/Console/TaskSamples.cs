using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using CrossRegion.Application.Reports.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Application.Tasks.GetTaskActions;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.UnitTests.Console;

/// <summary>A task as GetTaskQuery answers it: Wanzhou and Dazhou responsible, a joint milestone and Wanzhou's own.</summary>
internal static class TaskSamples
{
    public static readonly Guid Joint = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    public static readonly Guid WanzhouOnly = Guid.Parse("0190a000-0000-7000-8000-000000000002");
    public static readonly Guid Investment = Guid.Parse("0190a000-0000-7000-8000-000000000003");
    public static readonly Guid Visitors = Guid.Parse("0190a000-0000-7000-8000-000000000004");

    public static TaskDetailDto Task(params SignOffDto[] jointSignOffs) => new(
        "WDK-2024-S1", "三地联通道路", "Three-city link road", [], ListTypeCodes.JointKeyTask, "WDK", "infrastructure", CoordinatedTaskStatus.Active,
        new TaskPeriodDto("2024年", 2024, 2024), "联通道路建设。", null, null, null, [],
        [
            new PartyDto("WZ", PartyRole.Responsible, null, [new PartyDepartmentDto("WZ-TRANSPORT", "万州区交通局", "Wanzhou Transport Bureau", "transport")], null, StatusLight.Red),
            new PartyDto("DZ", PartyRole.Responsible, null, [new PartyDepartmentDto("DZ-TRANSPORT", "达州市交通运输局", "Dazhou Transport Bureau", "transport")], null, StatusLight.Red),
        ],
        [new AnnualTargetDto(2024, "完成投资 5 亿元，接待游客 10 万人次", [
            new MeasureDto(Investment, "完成投资", "Investment", MeasureComparator.AtLeast, 5m, "亿元", null, null),
            new MeasureDto(Visitors, "接待游客", "Visitors", MeasureComparator.AtLeast, 10m, "万人次", "WZ", null),
        ])],
        [
            Milestone(Joint, "全线贯通", ["WZ", "DZ"], jointSignOffs),
            Milestone(WanzhouOnly, "万州段验收", ["WZ"], []),
        ],
        null, 3, StatusLight.Red, null, null, null, []);

    public static MilestoneDto Milestone(Guid id, string title, string[] owners, SignOffDto[] signOffs) => new(
        id, title, null, new DateOnly(2024, 6, 30), new DateOnly(2024, 6, 30), DatePrecision.Month, MilestoneStatus.Open, null, true, owners,
        false, MilestoneOutcome.Overdue, signOffs, [], StatusLight.Red);

    public static TaskActionsDto Actions(string? party, bool report, bool comment, bool note, bool waive, params (Guid Id, bool Sign, bool Reject, bool Extend)[] milestones) =>
        new(party, 3, report, comment, note, waive, milestones.Select(m => new MilestoneActionsDto(m.Id, m.Sign, m.Reject, m.Extend)).ToList());

    /// <summary>Answers every query the task page sends, with this task and these actions.</summary>
    public static Func<object, object?> Page(TaskDetailDto task, TaskActionsDto actions) => request => request switch
    {
        ListJurisdictionsQuery => ConsoleComponentContext.Cities,
        GetTaskQuery => task,
        GetTaskActionsQuery => actions,
        CrossRegion.Application.Attachments.ListAttachments.ListAttachmentsQuery => (IReadOnlyList<AttachmentDto>)[],
        CrossRegion.Application.Reports.ListReports.ListReportsQuery => new CursorPage<ReportDto>([], null),
        CrossRegion.Application.Discussion.ListMessages.ListMessagesQuery => new CursorPage<MessageDto>([], null),
        CrossRegion.Application.Catalogue.ListCatalogue.ListCatalogueQuery => new CrossRegion.Application.Catalogue.ListCatalogue.CatalogueDto(
            [new("WDK", "万达开", "Wanzhou–Dazhou–Kaizhou")], [new("infrastructure", "基础设施", "Infrastructure", "pillar")], []),
        CrossRegion.Application.Asks.ListTaskAsksQuery => (IReadOnlyList<CrossRegion.Application.Asks.AskDto>)[WanzhouAsk],
        CrossRegion.Application.Issues.ListTaskIssuesQuery => (IReadOnlyList<CrossRegion.Application.Issues.IssueDto>)[WanzhouIssue],
        _ => throw new InvalidOperationException($"The page did not expect to send {request.GetType().Name}."),
    };

    /// <summary>An open issue Wanzhou put to Dazhou's transport bureau: Wanzhou withdraws it, the addressee (or whoever runs the programme) answers.</summary>
    public static readonly CrossRegion.Application.Issues.IssueDto WanzhouIssue = new(
        Guid.Parse("0190a000-0000-7000-8000-0000000000b1"), "WDK-2024-S1", null, "WZ", "达州段接线方案未定", "请达州市交通运输局明确接线方案",
        new(CrossRegion.Domain.Issues.IssueAddressee.Unit, "DZ-TRANSPORT", "达州市交通运输局", "Dazhou Transport Bureau", "DZ"), new DateOnly(2027, 1, 15),
        CrossRegion.Domain.Issues.IssueStatus.Open, null, null, null, null, null, 0, false, "wz.admin", DateTimeOffset.UnixEpoch, 1);

    /// <summary>A draft Wanzhou submits alone: its people (and whoever runs the programme) act on it, others read it.</summary>
    public static readonly CrossRegion.Application.Asks.AskDto WanzhouAsk = new(
        Guid.Parse("0190a000-0000-7000-8000-0000000000a1"), "WDK-2024-S1", null, CrossRegion.Domain.Asks.AskKind.Funding, "争取中央预算内投资",
        [new("NDRC", "国家发展改革委", "NDRC")], ["WZ"], CrossRegion.Domain.Asks.AskStatus.Drafted, null, null, null, null, null, null, null, false,
        "wz.admin", DateTimeOffset.UnixEpoch, 1);
}
