using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Api.WebConsole.Tasks;

/// <summary>
/// The new-task form's model, as the person fills it in: rows of parties, targets with measures and milestones that
/// can be added and removed; <see cref="ToCommand"/> is the API's own create command, so its validator speaks to
/// every field (parties[0].departments, milestones[1].due_date …).
/// </summary>
public sealed class TaskDraft
{
    public string? Key { get; set; }
    public string ListType { get; set; } = ListTypeCodes.JointKeyTask;
    public string? Programme { get; set; }
    public string? Category { get; set; }
    public string? TitleZh { get; set; }
    public string? TitleEn { get; set; }
    public string? Aliases { get; set; }
    public string? PeriodText { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? MainContent { get; set; }
    public string? Stage { get; set; }
    public string? ParentKey { get; set; }
    public string? Remarks { get; set; }
    public List<PartyDraft> Parties { get; } = [new(), new()];
    public List<TargetDraft> Targets { get; } = [];
    public List<MilestoneDraft> Milestones { get; } = [new()];

    public CreateTaskCommand ToCommand() => new(
        Blank(Key), ListType, Blank(Programme), Blank(Category), Blank(TitleZh), Blank(TitleEn),
        Lines(Aliases), new PeriodInput(Blank(PeriodText), StartYear, EndYear), Blank(MainContent), Blank(Stage), Blank(ParentKey), Blank(Remarks),
        Parties.Select(p => new PartyInput(Blank(p.Jurisdiction), p.Role, Blank(p.Share), p.Departments.ToList())).ToList(),
        Targets.Select(t => new TargetInput(t.Year, Blank(t.Text), t.Measures.Select(m => m.ToInput()).ToList())).ToList(),
        Milestones.Select(m => new MilestoneInput(Blank(m.Title), Blank(m.TitleEn), m.DueDate, m.Precision, m.Owners.ToList())).ToList());

    /// <summary>One name per line (or separated by 、 ; ,), blanks dropped.</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split(['\n', '、', ';', '；', ',', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

public sealed class PartyDraft
{
    public string? Jurisdiction { get; set; }
    public string Role { get; set; } = EnumText.ToText(PartyRole.Responsible);
    public string? Share { get; set; }
    public HashSet<string> Departments { get; } = new(StringComparer.Ordinal);
}

public sealed class TargetDraft
{
    public int? Year { get; set; }
    public string? Text { get; set; }
    public List<MeasureDraft> Measures { get; } = [];
}

public sealed class MeasureDraft
{
    public string? Metric { get; set; }
    public string Comparator { get; set; } = EnumText.ToText(MeasureComparator.AtLeast);
    public decimal? Value { get; set; }
    public string? Unit { get; set; }
    public string? Jurisdiction { get; set; }

    public MeasureInput ToInput() => new(TaskDraft.Blank(Metric), null, Comparator, Value, TaskDraft.Blank(Unit), TaskDraft.Blank(Jurisdiction), null);
}

public sealed class MilestoneDraft
{
    public string? Title { get; set; }
    public string? TitleEn { get; set; }
    public DateOnly? DueDate { get; set; }
    public string Precision { get; set; } = EnumText.ToText(DatePrecision.Day);
    public HashSet<string> Owners { get; } = new(StringComparer.Ordinal);
}
