namespace CrossRegion.Domain.Tasks;

/// <summary>Project stage as the official lists use it (建设批次), in the order a project moves through them.</summary>
public enum TaskStage
{
    /// <summary>前期: feasibility and preparation.</summary>
    Preliminary = 1,

    /// <summary>新开工: starting construction this year.</summary>
    NewStart = 2,

    /// <summary>续建: construction continuing.</summary>
    Continuing = 3,

    /// <summary>竣工投产: completed and in service.</summary>
    Completion = 4,

    /// <summary>重大前期: preparation of a major project, tracked as such.</summary>
    MajorPreliminary = 5,

    /// <summary>储备: in the project reserve, not yet in preparation.</summary>
    Reserve = 6,
}
