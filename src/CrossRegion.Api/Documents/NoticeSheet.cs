using System.Globalization;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Application.Notifications.GetNotice;
using CrossRegion.Domain.Chasing;
using MediatR;

namespace CrossRegion.Api.Documents;

/// <summary>One line of the 催办单's particulars table: 任务编号, 催办事项, 应完成日期 …</summary>
internal sealed record SheetRow(string Label, string Value);

/// <summary>
/// A 催办单 as paper, in 公文 form: the issuing office as the red header, the 文号 above the red rule, the title, the
/// recipient units (主送), the text, the particulars, the office and date to sign and seal. The print page and the PDF
/// both lay out this one model. It is always in Chinese: the formal document is the Chinese text (the console around
/// it, and the JSON, follow the reader's language).
/// </summary>
internal sealed record NoticeSheet(
    long NoticeId,
    string Office,
    string Number,
    string Title,
    string Addressees,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<SheetRow> Particulars,
    string IssuedOn,
    string? Acknowledgement)
{
    public const string PdfType = "application/pdf";

    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly TimeZoneInfo Beijing = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public string FileName => $"催办单-{NoticeId}.pdf";

    /// <summary>
    /// The notice through the same use case as its JSON (so the same visibility: 404 for anyone who may not read it),
    /// read in Chinese. A reminder is no formal document: 406 for it.
    /// </summary>
    public static async Task<NoticeSheet> LoadAsync(IMediator mediator, long id, CancellationToken cancellationToken)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Chinese, Chinese);
            var notice = await mediator.Send(new GetNoticeQuery(id), cancellationToken);
            if (notice.Kind != NoticeKind.Notice || notice.Number is null)
            {
                throw new BadHttpRequestException(
                    Localized.Text("提醒不是催办单，没有正式文书；只有催办单可以打印或下载 PDF。", "A reminder is not a formal notice and has no printed form; only 催办单 do."),
                    StatusCodes.Status406NotAcceptable);
            }

            var city = (await mediator.Send(new ListJurisdictionsQuery(), cancellationToken))
                .SingleOrDefault(j => j.Code == notice.Jurisdiction)?.NameZh ?? notice.Jurisdiction;
            return From(notice, city);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public static NoticeSheet From(NoticeDto notice, string city)
    {
        var units = notice.RecipientUnits.Count > 0 ? string.Join("、", notice.RecipientUnits) : city + "人民政府";
        var task = $"“{notice.Task.TitleZh}”（{notice.Task.Key}）";
        var issued = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notice.IssuedAt, Beijing).DateTime);
        var (what, owed) = notice.Subject switch
        {
            NoticeSubject.Milestone => ($"节点“{notice.MilestoneTitle}”", "完成并会签确认"),
            NoticeSubject.Ask => ($"争取事项“{notice.AskSubject}”", "取得上级答复"),
            NoticeSubject.Issue => ($"协调事项“{notice.IssueSubject}”", "答复"),
            _ => ($"{notice.Period} 月度进展报告（月调度）", "报送"),
        };
        var situation = notice.Subject switch
        {
            NoticeSubject.Ask => $"你单位（{city}）参与报送的{task}{what}，跟进日为{Date(notice.DueOn)}。截至{Date(issued)}，已过跟进日{notice.DaysOverdue}天，尚未{owed}。",
            NoticeSubject.Issue => $"{task}参与方提请你单位（{city}）协调的{what}，答复期限为{Date(notice.DueOn)}。截至{Date(issued)}，已过期限{notice.DaysOverdue}天，尚未{owed}。",
            _ => $"你单位（{city}）承担的{task}{what}，应于{Date(notice.DueOn)}{owed}。截至{Date(issued)}，该事项已逾期{notice.DaysOverdue}天，尚未{owed}。",
        };
        var paragraphs = new List<string>
        {
            situation,
            notice.Subject switch
            {
                NoticeSubject.Ask => $"请于{Date(notice.ReplyBy)}前在协同平台签收本催办单，并反馈向上级跟进的情况和预计答复时间；已有答复的，请及时登记。逾期未签收、未反馈的，将按督办程序逐级提请督办。",
                NoticeSubject.Issue => $"请于{Date(notice.ReplyBy)}前在协同平台签收本催办单，并在平台答复协调意见。逾期未签收、未答复的，将按督办程序逐级提请督办。",
                _ => $"请于{Date(notice.ReplyBy)}前在协同平台签收本催办单，并书面反馈逾期原因、已采取的措施和预计完成时间，抓紧推进落实。逾期未签收、未反馈的，将按督办程序逐级提请督办。",
            },
        };
        var rows = new List<SheetRow>
        {
            new("任务", $"{notice.Task.Key}　{notice.Task.TitleZh}"),
            new("催办事项", notice.Subject switch
            {
                NoticeSubject.Milestone => notice.MilestoneTitle ?? "—",
                NoticeSubject.Ask => $"争取事项：{notice.AskSubject}",
                NoticeSubject.Issue => $"协调事项：{notice.IssueSubject}",
                _ => $"{notice.Period} 月度进展报告（月调度）",
            }),
            new("责任地区", city),
            new("责任单位", units),
            new(notice.Subject switch { NoticeSubject.Ask => "跟进日", NoticeSubject.Issue => "答复期限", _ => "应完成日期" }, Date(notice.DueOn)),
            new(notice.Subject switch { NoticeSubject.Ask => "已过跟进日", NoticeSubject.Issue => "已过期限", _ => "逾期天数" }, $"{notice.DaysOverdue}天"),
            new("签收反馈期限", Date(notice.ReplyBy)),
            new("督办层级", Level(notice.Level)),
        };
        var acknowledgement = notice.Acknowledgement is { } signed
            ? $"已于{Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(signed.At, Beijing).DateTime))}由{signed.By}签收" +
              (signed.ExpectedOn is { } expected ? $"，预计{Date(expected)}完成" : string.Empty) + "。"
            : null;
        return new NoticeSheet(
            notice.Id, notice.Issuer, notice.Number!, "催办单", units + "：", paragraphs, rows, Date(issued), acknowledgement);
    }

    /// <summary>公文 dates: 2026年12月7日.</summary>
    public static string Date(DateOnly? date) => date is { } d ? $"{d.Year}年{d.Month}月{d.Day}日" : "—";

    private static string Level(LadderLevel? level) => level switch
    {
        LadderLevel.DepartmentOfficer => "经办人",
        LadderLevel.DepartmentHead => "单位负责人",
        LadderLevel.CityCoordinator => "市（区）统筹协调",
        LadderLevel.CityLeadership => "市（区）分管领导",
        LadderLevel.TaskForce => "专项工作组（专班）",
        LadderLevel.JointOffice => "联合办公室",
        LadderLevel.JointMeeting => "联席会议",
        _ => "—",
    };
}
