using System.Globalization;
using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Tasks;
using static CrossRegion.Application.Importing.ImportTasks.ImportRows;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>
/// Turns the table's rows into tasks. Section rows ("一", "共筑绿色生态屏障") set the pillar of the rows under them;
/// task rows become a task with its parties (every city named in 责任单位, responsible), the year's target, and a
/// milestone for that target at the year's end owned by every responsible party.
/// </summary>
internal sealed partial class ImportRowParser(SheetColumns columns, UnitMatcher units, ImportSettings settings)
{
    private string? _category;

    public (ImportRowDto Row, CoordinatedTask? Task)? Parse(SheetRow row)
    {
        var number = columns.Cell(row.Cells, "序号");
        var title = columns.Cell(row.Cells, "项目名称");
        if (row.Cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (SectionNumeral().IsMatch(number))
        {
            _category = settings.Categories.GetValueOrDefault(title);
            return _category is not null ? null : (Issue(row, title, "项目名称", Localized.Text($"未知的板块“{title}”。", $"Unknown section '{title}'.")), null);
        }

        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return (Issue(row, title, "序号", Localized.Text("序号须为数字（或板块的一、二、三……）。", "序号 must be a number (or a section numeral 一, 二, …).")), null);
        }

        return Build(row, sequence, title);
    }

    private (ImportRowDto, CoordinatedTask?) Build(SheetRow row, int sequence, string title)
    {
        var errors = new List<ImportIssueDto>();
        var warnings = new List<ImportIssueDto>();
        var year = columns.TargetYear ?? settings.Year;
        var key = Optional(columns.Cell(row.Cells, "编号")) ?? (settings.KeyPrefix ?? $"{settings.Programme}-{year}-") + sequence.ToString("00", CultureInfo.InvariantCulture);
        var categoryText = columns.Cell(row.Cells, "类别");
        var category = categoryText.Length == 0 ? _category : settings.Categories.GetValueOrDefault(categoryText);
        Require(category is not null, errors, "类别", Localized.Text("无法确定板块：加“类别”列或板块标题行。", "No section: add a 类别 column or a section heading row."));
        Require(year is not null, errors, "年度目标任务", Localized.Text("无法确定目标年度：表头写明年度（如“2023年目标任务”）或传 year。", "No target year: name it in the header (2023年目标任务) or pass year."));
        Require(TaskKey.IsValid(key), errors, "编号", Localized.Text($"任务编号“{key}”格式不正确。", $"'{key}' is not a valid task key."));
        var titleEn = Optional(columns.Cell(row.Cells, "英文名称"));
        if (titleEn is null)
        {
            warnings.Add(new ImportIssueDto("英文名称", Localized.Text("没有英文名称，暂用中文名称。", "No English working name; the Chinese title is used.")));
        }

        var (byJurisdiction, unknown) = units.Match(columns.Cell(row.Cells, "责任单位"));
        errors.AddRange(unknown.Select(u => new ImportIssueDto("责任单位", Localized.Text($"未知的责任单位“{u}”。", $"Unknown unit '{u}'."))));
        Require(byJurisdiction.Count > 0 || unknown.Count > 0, errors, "责任单位", Localized.Text("未填写责任单位。", "No responsible unit."));
        var parties = byJurisdiction.Select(p => new ImportPartyDto(p.Key, p.Value.Select(d => d.Code).ToList())).ToList();

        CoordinatedTask? task = null;
        if (errors.Count == 0)
        {
            try
            {
                task = Create(row, key, category!, title, titleEn ?? title, year!.Value, byJurisdiction.Select(p => new PartySpec(p.Key, PartyRole.Responsible, null, p.Value)).ToList());
            }
            catch (DomainRuleException rule)
            {
                errors.Add(new ImportIssueDto("row", $"{rule.Code}: {rule.Message}"));
            }
        }

        return (new ImportRowDto(row.Line, key, title, category, parties, errors, warnings), task);
    }

    private CoordinatedTask Create(SheetRow row, string key, string category, string title, string titleEn, int year, List<PartySpec> parties)
    {
        var period = columns.Cell(row.Cells, "建设时限");
        var years = Years().Matches(period).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        var task = CoordinatedTask.Create(
            new TaskDefinition(
                key, settings.ListType, settings.Programme, category, title, titleEn, period,
                years.Count > 0 ? years.Min() : null, years.Count > 0 ? years.Max() : null, columns.Cell(row.Cells, "主要内容"),
                null, settings.SourceDocument, row.Line, Optional(columns.Cell(row.Cells, "备注"))),
            parties,
            settings.Now);
        if (Optional(columns.Cell(row.Cells, "年度目标任务")) is { } target)
        {
            task.AddTarget(year, target, []);
            task.AddMilestone(new MilestoneSpec($"{year}年目标任务完成", $"{year} targets met", new DateOnly(year, 12, 31), DatePrecision.Year, []));
        }

        return task;
    }

    [GeneratedRegex("^[一二三四五六七八九十]+$")]
    private static partial Regex SectionNumeral();

    [GeneratedRegex(@"(?:19|20)\d{2}")]
    private static partial Regex Years();
}
