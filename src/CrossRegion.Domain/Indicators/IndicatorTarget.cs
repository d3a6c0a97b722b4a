using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Indicators;

/// <summary>An indicator's target for a year, as that year's table prints it (its row number there and its words).</summary>
public sealed class IndicatorTarget
{
    /// <summary>"8左右" is met within 5% of 8 unless the target says otherwise.</summary>
    public const decimal DefaultTolerance = 0.05m;

    private IndicatorTarget()
    {
        Text = Position = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid IndicatorId { get; private set; }
    public int Year { get; private set; }

    /// <summary>The row's number in the year's table ("1" … "25"), or "#" for a sub-indicator.</summary>
    public string Position { get; private set; }

    public int SortOrder { get; private set; }
    public string Text { get; private set; }
    public TargetKind Kind { get; private set; }
    public decimal? Value { get; private set; }

    /// <summary>For a relative change: the year it is measured from.</summary>
    public int? ReferenceYear { get; private set; }

    /// <summary>For "左右": how far from the value (a share of it) still meets the target.</summary>
    public decimal? Tolerance { get; private set; }

    internal static IndicatorTarget Create(Guid indicatorId, int year, string position, int sortOrder, string text, decimal? tolerance, TargetKind? judgedAs)
    {
        if (year is < 1949 or > 2100)
        {
            throw new DomainRuleException("indicator.target_year", "目标年度无效。", "The target's year is not a year.");
        }

        // An empty cell is kept as printed: the year has no target to judge against.
        var written = Guard.OptionalText(text, "target", 200) ?? string.Empty;
        var (kind, value, reference) = TargetText.Parse(written);
        if (judgedAs is { } comparator)
        {
            // The table's words leave the direction open ("2.1:1" for an income ratio to bring down): the table says it.
            if (value is null || comparator is not (TargetKind.AtLeast or TargetKind.AtMost or TargetKind.About))
            {
                throw new DomainRuleException("indicator.judged_as", "只有数值目标可以指定判定方向（以上、以内、左右）。", "Only a figure's direction can be stated (at least, at most, about).");
            }

            kind = comparator;
        }

        return new IndicatorTarget
        {
            Id = Guid.CreateVersion7(),
            IndicatorId = indicatorId,
            Year = year,
            Position = Guard.Text(position, "position", 8),
            SortOrder = sortOrder,
            Text = written,
            Kind = kind,
            Value = value,
            ReferenceYear = reference,
            Tolerance = kind == TargetKind.About ? tolerance ?? DefaultTolerance : null,
        };
    }

    /// <summary>Judges an actual against the target; an actual not (yet) reported is not judged.</summary>
    public Attainment Judge(IndicatorActual? actual) =>
        actual is null ? Attainment.NotReported : Judge(actual.Value, actual.Text, actual.Pending, actual.Met);

    /// <summary>Judges a figure (and the words it was given in) against the target: the figure of record, or a total.</summary>
    public Attainment Judge(decimal? value, string? text, bool pending, bool? met)
    {
        if (pending)
        {
            return Attainment.NotReported;
        }

        if (Kind == TargetKind.Unstated)
        {
            return Attainment.NotJudged;
        }

        bool? judged = Kind switch
        {
            TargetKind.AtLeast or TargetKind.RelativeChange => value is { } v && Value is { } t ? v >= t : null,
            TargetKind.AtMost => value is { } v && Value is { } t ? v <= t : null,
            TargetKind.About => value is { } v && Value is { } t ? Math.Abs(v - t) <= Math.Abs(t) * (Tolerance ?? DefaultTolerance) : null,
            TargetKind.Categorical => met ?? (text is null ? null : string.Equals(Normalise(text), Normalise(Text), StringComparison.Ordinal)),
            _ => met,
        };
        return judged switch
        {
            true => Attainment.Met,
            false => Attainment.NotMet,
            null => Attainment.NotReported,
        };
    }

    private static string Normalise(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
