using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>年度目标任务: what a task must achieve in one year.</summary>
public sealed class AnnualTarget
{
    private readonly List<Measure> _measures = [];

    private AnnualTarget()
    {
        Text = string.Empty;
    }

    internal AnnualTarget(Guid taskId, int year, string text)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        Year = year;
        Text = Guard.Text(text, "target_text", 4000);
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public int Year { get; private set; }
    public string Text { get; private set; }
    public IReadOnlyList<Measure> Measures => _measures;

    internal void AddMeasure(MeasureSpec spec) => _measures.Add(new Measure(Id, spec));

    internal void Reword(string? text) => Text = text is null ? Text : Guard.Text(text, "target_text", 4000);

    internal void RemoveMeasure(Guid measureId) =>
        _measures.Remove(_measures.Find(m => m.Id == measureId)
            ?? throw new DomainRuleException("measure.not_found", $"{Year} 年目标中没有指标 {measureId}。", $"The {Year} target has no measure {measureId}."));
}
