namespace CrossRegion.Domain.Tasks;

public enum SignOffStatus
{
    /// <summary>The owning party confirmed its part, with evidence.</summary>
    Confirmed = 1,

    /// <summary>The owning party refused the milestone as done; it is open again until this party signs.</summary>
    Rejected = 2,

    /// <summary>The joint office released the party from signing, with a recorded reason.</summary>
    Waived = 3,
}
