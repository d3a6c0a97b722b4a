namespace CrossRegion.Domain.Tasks;

/// <summary>Project stage as the official lists use it.</summary>
public enum TaskStage
{
    /// <summary>前期: feasibility and preparation.</summary>
    Preliminary = 1,

    /// <summary>新开工: starting construction this year.</summary>
    NewStart = 2,

    /// <summary>续建: construction continuing.</summary>
    Continuing = 3,

    /// <summary>竣工: completing.</summary>
    Completion = 4,
}
