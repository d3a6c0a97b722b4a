using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;

namespace CrossRegion.Domain.Tasks;

/// <summary>A jurisdiction's participation in a task: its role, its units and its own share of the work.</summary>
public sealed class Party
{
    private readonly List<PartyDepartment> _departments = [];

    private Party()
    {
        JurisdictionCode = string.Empty;
    }

    internal Party(Guid taskId, string jurisdictionCode, PartyRole role, string? share)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        JurisdictionCode = jurisdictionCode;
        Role = role;
        Share = Guard.OptionalText(share, "share", 2000);
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string JurisdictionCode { get; private set; }
    public PartyRole Role { get; private set; }

    /// <summary>分工: this party's own share of the work, in the words of the source.</summary>
    public string? Share { get; private set; }

    /// <summary>What the party pledged to spend on the task (万元), where the task splits its cost by city; null when none.</summary>
    public decimal? Pledged { get; private set; }

    public IReadOnlyList<PartyDepartment> Departments => _departments;

    internal void Pledge(decimal? amount) => Pledged = amount;

    /// <summary>Null leaves a field as it is; an empty share clears it.</summary>
    internal void Change(PartyRole? role, string? share, IReadOnlyCollection<Department>? departments)
    {
        var newRole = role ?? Role;
        if (departments is null && _departments.Count > 0 && newRole.TakesNoUnits())
        {
            throw new DomainRuleException(
                "party.units_not_allowed", $"角色为 {newRole} 的参与方不设责任单位；请同时传 departments: []。", $"A party with role {newRole} takes part without a responsible unit; send departments: [] as well.");
        }

        Role = newRole;
        Share = share is null ? Share : Guard.OptionalText(share, "share", 2000);
        if (departments is not null)
        {
            AssignDepartments(departments);
        }
    }

    /// <summary>Sets the party's units: links to units no longer named are removed, new ones added, the rest kept.</summary>
    internal void AssignDepartments(IEnumerable<Department> departments)
    {
        var list = departments.DistinctBy(d => d.Id).ToList();
        if (list.Count > 0 && Role.TakesNoUnits())
        {
            throw new DomainRuleException(
                "party.units_not_allowed", $"角色为 {Role} 的参与方不设责任单位。", $"A party with role {Role} takes part without a responsible unit.");
        }

        var foreign = list.Find(d => d.JurisdictionCode != JurisdictionCode);
        if (foreign is not null)
        {
            throw new DomainRuleException(
                "party.department_jurisdiction",
                $"部门“{foreign.Code}”属于 {foreign.JurisdictionCode}，不属于参与方 {JurisdictionCode}。",
                $"Department '{foreign.Code}' belongs to {foreign.JurisdictionCode}, not to the party {JurisdictionCode}.");
        }

        _departments.RemoveAll(link => !list.Exists(d => d.Id == link.DepartmentId));
        foreach (var department in list.Where(d => !_departments.Exists(link => link.DepartmentId == d.Id)))
        {
            _departments.Add(new PartyDepartment(Id, department.Id));
        }
    }
}
