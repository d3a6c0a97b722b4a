using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.CreateTask;

public sealed record MeasureInput(
    string? Metric, string? MetricEn, string? Comparator, decimal? Value, string? Unit, string? Jurisdiction, string? SourceText)
{
    /// <summary>The domain's measure; call after <see cref="MeasureInputValidator"/> has passed.</summary>
    public static MeasureSpec ToSpec(MeasureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var comparator = EnumText.TryParse<MeasureComparator>(input.Comparator, out var parsed) ? parsed : MeasureComparator.AtLeast;
        return new MeasureSpec(input.Metric!, input.MetricEn, comparator, input.Value!.Value, input.Unit!, input.Jurisdiction, input.SourceText);
    }
}
