using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

public sealed class LadderRung
{
    public LadderLevel Level { get; set; }
    public int AfterWorkingDays { get; set; }
}
