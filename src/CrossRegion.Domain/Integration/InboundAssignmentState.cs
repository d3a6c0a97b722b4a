namespace CrossRegion.Domain.Integration;

/// <summary>Where work handed down from above stands: received (a draft task), then accepted or rejected by the joint office.</summary>
public enum InboundAssignmentState
{
    Received = 0,
    Accepted = 1,
    Rejected = 2,
}
