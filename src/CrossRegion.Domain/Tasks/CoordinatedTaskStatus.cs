namespace CrossRegion.Domain.Tasks;

public enum CoordinatedTaskStatus
{
    /// <summary>Proposed by a city, not yet accepted by the joint office.</summary>
    Draft = 0,

    /// <summary>On the ledger and being worked on.</summary>
    Active = 1,

    /// <summary>销号: closed out by the joint office.</summary>
    Closed = 2,

    /// <summary>Withdrawn from the ledger; kept for history.</summary>
    Archived = 3,

    /// <summary>A city's proposal the joint office turned down; kept for history, read-only.</summary>
    Rejected = 4,
}
