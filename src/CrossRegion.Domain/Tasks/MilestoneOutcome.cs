namespace CrossRegion.Domain.Tasks;

/// <summary>How a milestone stands for evaluation: rescheduling never launders a late delivery into an on-time one.</summary>
public enum MilestoneOutcome
{
    Open = 0,
    Overdue = 1,

    /// <summary>Done by the baseline (original) due date.</summary>
    OnTime = 2,

    /// <summary>Done after the baseline but by a due date moved by an approved extension.</summary>
    AfterExtension = 3,

    /// <summary>Done after its due date.</summary>
    Late = 4,
}
