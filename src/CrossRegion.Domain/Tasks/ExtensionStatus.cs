namespace CrossRegion.Domain.Tasks;

public enum ExtensionStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
