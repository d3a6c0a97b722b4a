using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// 通报: the evaluation of a period (a quarter by default), as generated at one moment. Regenerating a period adds a
/// version; nothing is overwritten. <see cref="Content"/> is the JSON the API serves.
/// </summary>
public sealed class Bulletin
{
    private Bulletin()
    {
        Period = GeneratedBy = Content = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>2026-Q3, 2026-11 or 2026.</summary>
    public string Period { get; private set; }

    public int Version { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly Through { get; private set; }

    /// <summary>Outcomes are judged as of this day: the period's end, or the day of generation if earlier.</summary>
    public DateOnly AsOf { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }
    public string GeneratedBy { get; private set; }
    public string Content { get; private set; }

    public static Bulletin Create(string period, int version, DateOnly from, DateOnly through, DateOnly asOf, string content, string by, DateTimeOffset at) => new()
    {
        Id = Guid.CreateVersion7(),
        Period = Guard.Text(period, "period", 16),
        Version = version,
        From = from,
        Through = through,
        AsOf = asOf,
        Content = content,
        GeneratedBy = by,
        GeneratedAt = at,
    };
}
