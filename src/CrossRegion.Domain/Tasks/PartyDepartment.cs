namespace CrossRegion.Domain.Tasks;

/// <summary>A responsible unit of a party (责任单位).</summary>
public sealed class PartyDepartment
{
    private PartyDepartment()
    {
    }

    internal PartyDepartment(Guid partyId, Guid departmentId)
    {
        PartyId = partyId;
        DepartmentId = departmentId;
    }

    public Guid PartyId { get; private set; }
    public Guid DepartmentId { get; private set; }
}
