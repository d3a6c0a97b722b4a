namespace CrossRegion.Application.Milestones.SignOff;

public enum MilestoneAction
{
    /// <summary>The caller's party confirms its part with evidence.</summary>
    Confirm = 1,

    /// <summary>The caller's party rejects the milestone as done, with a reason (reopens it).</summary>
    Reject = 2,

    /// <summary>The joint office waives a party's sign-off, with a reason.</summary>
    Waive = 3,
}
