namespace CrossRegion.Domain.Tasks;

public enum MeasureComparator
{
    /// <summary>Exactly / "完成": the stated value.</summary>
    Equal = 1,

    /// <summary>以上 / 不低于 / 达到: at least.</summary>
    AtLeast = 2,

    /// <summary>突破: exceeds.</summary>
    Exceeds = 3,

    /// <summary>以内 / 不超过: at most.</summary>
    AtMost = 4,
}
