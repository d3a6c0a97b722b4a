using System.Globalization;
using CrossRegion.Api.Exports;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Evaluations.Runs;
using CrossRegion.Domain.Evaluation;
using MediatR;

namespace CrossRegion.Api.Documents;

/// <summary>
/// An evaluation as a workbook, as it is filed: 排名 (the cities, section by section, bonus, deduction, total), 责任单位,
/// 明细 (every item behind the scores the reader may see: the joint office all, a city its own), 加减分, 申诉, 说明.
/// Scores are numbers, so a spreadsheet can check the sums.
/// </summary>
internal static class EvaluationSheet
{
    public static async Task<IResult> FileAsync(Guid id, IMediator mediator, ICurrentUser caller, CancellationToken cancellationToken)
    {
        var run = await mediator.Send(new GetEvaluationQuery(id), cancellationToken);
        var details = new List<BreakdownDto>();
        foreach (var city in run.Ranking.Select(r => r.Code).Where(c => caller.Organisation is null && (caller.SeesAllTasks || caller.Jurisdictions.Contains(c))))
        {
            // Every item the reader may see, a batch at a time; the breakdown carries the score, adjustments and appeals.
            var first = await mediator.Send(new GetBreakdownQuery(id, city, Limit: 1), cancellationToken);
            var items = new List<EvaluationItemDto>();
            for (int? after = 0; after is { } from;)
            {
                var batch = await mediator.Send(new GetBreakdownItemsQuery(id, city, from, 5000), cancellationToken);
                items.AddRange(batch.Items);
                after = batch.NextAfter;
            }

            details.Add(first with { Items = items, NextCursor = null });
        }

        using var stream = new MemoryStream();
        var sections = WebConsole.Labels.EvaluationSections(run);
        string?[] Scored(int rank, string name, string? city, EvaluationScore score) =>
            [N(rank), name, .. city is null ? Array.Empty<string?>() : [city], .. sections.Select(s => D(score.Sections.Single(x => x.Section == s).Points)), D(score.Bonus), D(score.Deduction), D(score.Total)];
        string[] scoreHeader = [.. sections.Select(s => SectionName(s) + "得分"), "加分", "扣分", "总分"];
        double[] scoreWidths = [.. sections.Select(_ => 10.0), 8, 8, 10];
        XlsxWriter.Write(stream,
        [
            new XlsxSheet("排名", ["排名", "地区", .. scoreHeader], run.Ranking.Select(r => Scored(r.Rank, r.NameZh, null, r.Score)), [8, 14, .. scoreWidths], Numbers(0, 2, 2 + scoreHeader.Length)),
            new XlsxSheet("责任单位", ["排名", "责任单位", "地区", .. scoreHeader], run.Units.Select(u => Scored(u.Rank, u.NameZh, u.Jurisdiction, u.Score)), [8, 30, 8, .. scoreWidths], Numbers(0, 3, 3 + scoreHeader.Length)),
            new XlsxSheet(
                "明细", ["地区", "类别", "任务编号", "事项", "应完成/期间", "权重", "结果", "原判定", "得分"],
                details.SelectMany(d => d.Items.Select(i => (string?[])
                [
                    d.Jurisdiction, SectionName(i.Section), i.TaskKey, i.Subject, i.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? i.SubjectRef, D(i.Weight), i.Outcome,
                    i.JudgedOutcome, D(i.Points),
                ])),
                [8, 10, 16, 40, 12, 8, 16, 16, 8], new HashSet<int> { 5, 8 }),
            new XlsxSheet(
                "加减分", ["地区", "分值", "理由", "依据", "录入人", "录入时间"],
                details.SelectMany(d => d.Adjustments.Select(a => (string?[])[a.Jurisdiction, D(a.Points), a.Reason, a.Evidence, a.By, a.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)])),
                [8, 8, 40, 30, 16, 18], new HashSet<int> { 1 }),
            new XlsxSheet(
                "申诉", ["地区", "事项", "申诉理由", "状态", "改判结果", "答复", "答复人"],
                details.SelectMany(d => d.Appeals.Select(a => (string?[])
                [
                    a.Jurisdiction, a.Subject, a.Reason, StatusName(a.Status), a.Outcome, a.Answer, a.AnsweredBy,
                ])),
                [8, 30, 40, 8, 16, 40, 16]),
            new XlsxSheet(
                "说明", ["项目", "内容"],
                [
                    ["评估", $"{run.Year}年度绩效考核评价"], ["版本", $"第 {run.Version} 版"], ["状态", run.Status == EvaluationStatus.Published ? "已发布" : "草稿（申诉期内）"],
                    ["考核方案", $"{run.Year} 年方案第 {run.SchemeRevision} 版"], ["数据截至", D(run.AsOf)], ["申诉截止", D(run.AppealsUntil)],
                    ["发布", run.PublishedAt is { } at ? $"{at.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm}（北京时间） {run.PublishedBy}" : "—"],
                ],
                [16, 60]),
        ]);
        var name = $"年度评估-{run.Year}-第{run.Version}版.xlsx";
        return Results.File(stream.ToArray(), BulletinSheet.XlsxType, name);
    }

    private static HashSet<int> Numbers(int rank, int from, int through) => [rank, .. Enumerable.Range(from, through - from)];

    private static string SectionName(string section) => section switch
    {
        "milestones" => "节点",
        "reports" => "月调度",
        "notices" => "催办",
        "asks" => "争取",
        _ => "指标",
    };

    private static string StatusName(AppealStatus status) => status switch
    {
        AppealStatus.Open => "待答复",
        AppealStatus.Upheld => "维持申诉",
        _ => "驳回",
    };

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string D(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
