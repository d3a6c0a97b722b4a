namespace CrossRegion.Domain.Tasks;

public enum MilestoneStatus
{
    Open = 0,
    Done = 1,
}
