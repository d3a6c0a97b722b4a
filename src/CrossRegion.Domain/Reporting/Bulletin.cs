using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Reporting;

/// <summary>
/// 通报: the evaluation of a period (a quarter by default), as generated at one moment. Regenerating a period adds a
/// version; nothing is overwritten. <see cref="Content"/> is the JSON the API serves. The joint bulletin
/// (<see cref="JointScope"/>) judges every city over the joint picture; a city's bulletin (its jurisdiction code) judges
/// that city's part in the joint programmes and in its own.
/// </summary>
public sealed class Bulletin
{
    public const string JointScope = "joint";

    private Bulletin()
    {
        Period = GeneratedBy = Content = string.Empty;
        Scope = JointScope;
    }

    public Guid Id { get; private set; }

    /// <summary>2026-Q3, 2026-11 or 2026.</summary>
    public string Period { get; private set; }

    /// <summary><see cref="JointScope"/>, or the code of the city whose bulletin it is.</summary>
    public string Scope { get; private set; }

    public int Version { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly Through { get; private set; }

    /// <summary>Outcomes are judged as of this day: the period's end, or the day of generation if earlier.</summary>
    public DateOnly AsOf { get; private set; }

    public DateTimeOffset GeneratedAt { get; private set; }
    public string GeneratedBy { get; private set; }
    public string Content { get; private set; }

    public static Bulletin Create(string period, int version, DateOnly from, DateOnly through, DateOnly asOf, string content, string by, DateTimeOffset at, string scope = JointScope) => new()
    {
        Scope = Guard.Text(scope, "scope", 16),
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
