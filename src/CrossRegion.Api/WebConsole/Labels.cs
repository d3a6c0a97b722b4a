using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Api.WebConsole;

/// <summary>What the console calls the ledger's states, in the person's language.</summary>
internal static class Labels
{
    public static string Of(StatusLight light) => light switch
    {
        StatusLight.Done => Lang.Of("已完成", "Done"),
        StatusLight.Green => Lang.Of("正常", "On track"),
        StatusLight.Yellow => Lang.Of("临期", "Due soon"),
        _ => Lang.Of("逾期", "Overdue"),
    };

    /// <summary>Ant Design's tag colour for a light.</summary>
    public static string Colour(StatusLight light) => light switch
    {
        StatusLight.Done => "blue",
        StatusLight.Green => "green",
        StatusLight.Yellow => "gold",
        _ => "red",
    };

    public static string Of(CoordinatedTaskStatus status) => status switch
    {
        CoordinatedTaskStatus.Draft => Lang.Of("草稿", "Draft"),
        CoordinatedTaskStatus.Active => Lang.Of("推进中", "Active"),
        CoordinatedTaskStatus.Closed => Lang.Of("已销号", "Closed"),
        CoordinatedTaskStatus.Archived => Lang.Of("已归档", "Archived"),
        _ => Lang.Of("已否决", "Rejected"),
    };

    public static string Of(PartyRole role) => role switch
    {
        PartyRole.Lead => Lang.Of("牵头", "Lead"),
        PartyRole.Responsible => Lang.Of("责任", "Responsible"),
        PartyRole.Cooperating => Lang.Of("配合", "Cooperating"),
        PartyRole.Participant => Lang.Of("参与", "Participant"),
        PartyRole.Host => Lang.Of("承办", "Host"),
        _ => Lang.Of("观察", "Observer"),
    };

    public static string Of(MilestoneStatus status) =>
        status == MilestoneStatus.Done ? Lang.Of("已完成", "Done") : Lang.Of("进行中", "Open");

    public static string Of(SignOffStatus status) => status switch
    {
        SignOffStatus.Confirmed => Lang.Of("已确认", "Confirmed"),
        SignOffStatus.Rejected => Lang.Of("已驳回", "Rejected"),
        _ => Lang.Of("已豁免", "Waived"),
    };

    public static string Of(NoticeKind kind) => kind == NoticeKind.Notice ? Lang.Of("催办单", "Chase notice") : Lang.Of("提醒", "Reminder");

    public static string Of(LadderLevel? level) => level switch
    {
        LadderLevel.DepartmentOfficer => Lang.Of("经办人", "Officer"),
        LadderLevel.DepartmentHead => Lang.Of("单位负责人", "Head of unit"),
        LadderLevel.CityCoordinator => Lang.Of("市（区）统筹", "City coordinator"),
        LadderLevel.CityLeadership => Lang.Of("市领导", "City leadership"),
        LadderLevel.TaskForce => Lang.Of("专班", "Task force"),
        LadderLevel.JointOffice => Lang.Of("联合办公室", "Joint office"),
        LadderLevel.JointMeeting => Lang.Of("联席会议", "Joint meeting"),
        _ => "—",
    };

    public static string Of(Domain.Channels.NotificationChannel channel) => channel switch
    {
        Domain.Channels.NotificationChannel.Email => Lang.Of("邮件", "Email"),
        Domain.Channels.NotificationChannel.Sms => Lang.Of("短信", "SMS"),
        Domain.Channels.NotificationChannel.DingTalk => Lang.Of("钉钉群", "DingTalk group"),
        _ => Lang.Of("企业微信群", "WeCom group"),
    };

    public static string Of(Domain.Channels.ChannelDeliveryStatus status) => status switch
    {
        Domain.Channels.ChannelDeliveryStatus.Pending => Lang.Of("待发送", "Pending"),
        Domain.Channels.ChannelDeliveryStatus.Sent => Lang.Of("已发送", "Sent"),
        _ => Lang.Of("已放弃", "Given up"),
    };

    public static string Of(ExtensionStatus status) => status switch
    {
        ExtensionStatus.Pending => Lang.Of("待审批", "Pending"),
        ExtensionStatus.Approved => Lang.Of("已批准", "Approved"),
        _ => Lang.Of("未批准", "Refused"),
    };

    public static string Of(Domain.Reporting.ReportStatus status) => status switch
    {
        Domain.Reporting.ReportStatus.OnTrack => Lang.Of("正常推进", "On track"),
        Domain.Reporting.ReportStatus.AtRisk => Lang.Of("有风险", "At risk"),
        _ => Lang.Of("受阻", "Blocked"),
    };

    public static string Colour(Domain.Reporting.ReportStatus status) => status switch
    {
        Domain.Reporting.ReportStatus.OnTrack => "green",
        Domain.Reporting.ReportStatus.AtRisk => "gold",
        _ => "red",
    };

    /// <summary>A file size as people read one: 512 KB, 3.2 MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : $"{bytes / 1024d / 1024d:0.0} MB";

    /// <summary>The shipped list types' names; a type added as data shows its code until the page reads its names.</summary>
    public static string ListType(string code) => code switch
    {
        ListTypeCodes.JointKeyTask => Lang.Of("联合重点任务", "Joint key task"),
        ListTypeCodes.MajorTask => Lang.Of("重大任务", "Major task"),
        ListTypeCodes.MajorProject => Lang.Of("重大项目", "Major project"),
        ListTypeCodes.MajorPolicy => Lang.Of("重大政策", "Major policy"),
        ListTypeCodes.MajorReform => Lang.Of("重大改革", "Major reform"),
        ListTypeCodes.MajorPlatform => Lang.Of("重大平台", "Major platform"),
        _ => code,
    };

    public static string Of(TaskStage stage) => stage switch
    {
        TaskStage.Preliminary => Lang.Of("前期", "Preliminary"),
        TaskStage.NewStart => Lang.Of("新开工", "New start"),
        TaskStage.Continuing => Lang.Of("续建", "Continuing"),
        TaskStage.MajorPreliminary => Lang.Of("重大前期", "Major preliminary"),
        TaskStage.Reserve => Lang.Of("储备", "Reserve"),
        _ => Lang.Of("竣工投产", "Completed"),
    };

    public static string Of(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => Lang.Of("日", "Day"),
        DatePrecision.Month => Lang.Of("月", "Month"),
        DatePrecision.Quarter => Lang.Of("季度", "Quarter"),
        _ => Lang.Of("年", "Year"),
    };

    public static string Of(MeasureComparator comparator) => comparator switch
    {
        MeasureComparator.Equal => "=",
        MeasureComparator.AtLeast => "≥",
        MeasureComparator.Exceeds => ">",
        _ => "≤",
    };

    /// <summary>An evaluation's section as (中文, English): the console shows either, a printed document the Chinese.</summary>
    public static (string Zh, string En) EvaluationSection(string section) => section switch
    {
        "milestones" => ("节点", "Milestones"),
        "reports" => ("月调度", "Reports"),
        "notices" => ("催办", "Notices"),
        "asks" => ("争取", "Asks"),
        _ => ("指标", "Indicators"),
    };

    /// <summary>The sections an evaluation was scored in, in the scheme's order (asks only where the scheme named them).</summary>
    public static IReadOnlyList<string> EvaluationSections(Application.Evaluations.Runs.EvaluationDto run) =>
        run.Ranking.Count > 0 ? run.Ranking[0].Score.Sections.Select(s => s.Section).ToList() : ["milestones", "reports", "notices", "indicators"];

    public static (string Zh, string En) EvaluationOutcome(string outcome) => outcome switch
    {
        "on_time" => ("按期", "On time"),
        "after_extension" => ("延期后按期", "After extension"),
        "late" => ("逾期完成", "Late"),
        "overdue" => ("逾期未完成", "Overdue"),
        "missing" => ("未报送", "Missing"),
        "signed" => ("已签收", "Signed"),
        "unsigned" => ("未签收", "Unsigned"),
        "met" => ("达标", "Met"),
        "not_met" => ("未达标", "Below"),
        "won" => ("获批 / 纳入", "Won"),
        "refused" => ("未获支持", "Refused"),
        "awaiting" => ("待答复", "Awaiting"),
        "unanswered" => ("逾期未答复", "Unanswered"),
        _ => ("未报送", "Not in"),
    };

    public static (string Zh, string En) Of(Domain.Evaluation.AppealStatus status) => status switch
    {
        Domain.Evaluation.AppealStatus.Open => ("待答复", "Waiting"),
        Domain.Evaluation.AppealStatus.Upheld => ("已维持", "Upheld"),
        _ => ("已驳回", "Rejected"),
    };

    public static string Of(Domain.Issues.IssueStatus status) => status switch
    {
        Domain.Issues.IssueStatus.Open => Lang.Of("待答复", "Open"),
        Domain.Issues.IssueStatus.Answered => Lang.Of("已答复", "Answered"),
        Domain.Issues.IssueStatus.Closed => Lang.Of("已销号", "Closed"),
        _ => Lang.Of("已撤回", "Withdrawn"),
    };

    public static string Colour(Domain.Issues.IssueStatus status) => status switch
    {
        Domain.Issues.IssueStatus.Open => "orange",
        Domain.Issues.IssueStatus.Answered => "blue",
        Domain.Issues.IssueStatus.Closed => "green",
        _ => "default",
    };

    public static string Of(Domain.Issues.FactorKind kind) => kind switch
    {
        Domain.Issues.FactorKind.LandQuota => Lang.Of("用地指标", "Land quota"),
        Domain.Issues.FactorKind.EnergyGas => Lang.Of("用气", "Gas"),
        Domain.Issues.FactorKind.EnergyPower => Lang.Of("用电", "Power"),
        Domain.Issues.FactorKind.Funds => Lang.Of("资金", "Funds"),
        Domain.Issues.FactorKind.EnvironmentalCapacity => Lang.Of("环境容量", "Environmental capacity"),
        _ => Lang.Of("其他要素", "Other"),
    };

    public static string Of(Domain.Issues.FactorOutcome outcome) => outcome switch
    {
        Domain.Issues.FactorOutcome.Granted => Lang.Of("全部保障", "Granted"),
        Domain.Issues.FactorOutcome.PartlyGranted => Lang.Of("部分保障", "Partly granted"),
        _ => Lang.Of("不予保障", "Refused"),
    };

    public static string Of(Domain.Tasks.PreparationState state) => state switch
    {
        Domain.Tasks.PreparationState.NotStarted => Lang.Of("未启动", "Not started"),
        Domain.Tasks.PreparationState.InProgress => Lang.Of("办理中", "In progress"),
        Domain.Tasks.PreparationState.Approved => Lang.Of("已批复", "Approved"),
        _ => Lang.Of("无需办理", "Not needed"),
    };

    public static string Colour(Domain.Tasks.PreparationState state) => state switch
    {
        Domain.Tasks.PreparationState.NotStarted => "default",
        Domain.Tasks.PreparationState.InProgress => "orange",
        Domain.Tasks.PreparationState.Approved => "green",
        _ => "blue",
    };

    public static string Of(Domain.Asks.AskKind kind) => kind switch
    {
        Domain.Asks.AskKind.Inclusion => Lang.Of("纳入规划", "Inclusion"),
        Domain.Asks.AskKind.Approval => Lang.Of("审批", "Approval"),
        Domain.Asks.AskKind.Funding => Lang.Of("资金", "Funding"),
        Domain.Asks.AskKind.Quota => Lang.Of("指标额度", "Quota"),
        Domain.Asks.AskKind.Pilot => Lang.Of("试点示范", "Pilot status"),
        _ => Lang.Of("政策支持", "Support"),
    };

    public static string Of(Domain.Asks.AskStatus status) => status switch
    {
        Domain.Asks.AskStatus.Drafted => Lang.Of("草稿", "Draft"),
        Domain.Asks.AskStatus.Submitted => Lang.Of("已报送", "Submitted"),
        Domain.Asks.AskStatus.Accepted => Lang.Of("已受理", "Accepted"),
        Domain.Asks.AskStatus.Included => Lang.Of("已纳入", "Included"),
        Domain.Asks.AskStatus.Approved => Lang.Of("已获批", "Approved"),
        Domain.Asks.AskStatus.Refused => Lang.Of("未获支持", "Refused"),
        _ => Lang.Of("已撤回", "Withdrawn"),
    };

    /// <summary>Ant Design's tag colour for an ask's state: won blue, refused red, awaiting an answer gold, else grey.</summary>
    public static string Colour(Domain.Asks.AskStatus status) => status switch
    {
        Domain.Asks.AskStatus.Included or Domain.Asks.AskStatus.Approved => "blue",
        Domain.Asks.AskStatus.Refused => "red",
        Domain.Asks.AskStatus.Submitted or Domain.Asks.AskStatus.Accepted => "gold",
        _ => "default",
    };
}
