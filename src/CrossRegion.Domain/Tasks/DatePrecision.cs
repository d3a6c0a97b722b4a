namespace CrossRegion.Domain.Tasks;

/// <summary>How precisely the source text gives a due date; the stored date is the last day of that period.</summary>
public enum DatePrecision
{
    Day = 1,
    Month = 2,
    Quarter = 3,
    Year = 4,
}
