using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;

namespace CrossRegion.Domain.Tasks;

/// <summary>The parties to a task (参与方): who joins, in which role and share, with which departments, and who leaves.</summary>
public sealed partial class CoordinatedTask
{
    public Party AddParty(PartySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        EnsureOpen();
        EnsureKnownJurisdiction(spec.JurisdictionCode);
        if (FindParty(spec.JurisdictionCode) is not null)
        {
            throw new DomainRuleException(
                "party.duplicate", $"{spec.JurisdictionCode} 已是任务 {Key} 的参与方。", $"{spec.JurisdictionCode} is already a party to task {Key}.");
        }

        var party = new Party(Id, spec.JurisdictionCode, spec.Role, spec.Share);
        party.AssignDepartments(spec.Departments);
        _parties.Add(party);
        Touch();
        return party;
    }

    /// <summary>Changes a party's role, share or units; null leaves a field as it is ("" clears the share).</summary>
    public void ChangeParty(string jurisdictionCode, PartyRole? role, string? share, IReadOnlyCollection<Department>? departments)
    {
        EnsureOpen();
        var party = FindParty(jurisdictionCode)
            ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} 不是任务 {Key} 的参与方。", $"{jurisdictionCode} is not a party to task {Key}.");
        if (role is { } newRole && !newRole.IsResponsible() && party.Role.IsResponsible())
        {
            if (_milestones.Exists(m => m.IsOwnedBy(jurisdictionCode)))
            {
                throw new DomainRuleException(
                    "party.owns_milestones", $"{jurisdictionCode} 负责任务 {Key} 的节点，须先调整节点责任方再变更其角色。", $"{jurisdictionCode} owns milestones of task {Key}; reassign them before it stops being responsible.");
            }

            if (!_parties.Exists(p => p != party && p.Role.IsResponsible()))
            {
                throw new DomainRuleException("task.responsible_party", $"{jurisdictionCode} 是任务 {Key} 唯一的责任方。", $"{jurisdictionCode} is the last responsible party of task {Key}.");
            }
        }

        party.Change(role, share, departments);
        Touch();
    }

    public void RemoveParty(string jurisdictionCode)
    {
        EnsureOpen();
        var party = FindParty(jurisdictionCode)
            ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} 不是任务 {Key} 的参与方。", $"{jurisdictionCode} is not a party to task {Key}.");
        if (_milestones.Exists(m => m.IsOwnedBy(jurisdictionCode)))
        {
            throw new DomainRuleException(
                "party.owns_milestones", $"{jurisdictionCode} 负责任务 {Key} 的节点，须先调整节点责任方。", $"{jurisdictionCode} owns milestones of task {Key}; reassign them first.");
        }

        if (party.Role.IsResponsible() && !_parties.Exists(p => p != party && p.Role.IsResponsible()))
        {
            throw new DomainRuleException(
                "task.responsible_party", $"{jurisdictionCode} 是任务 {Key} 唯一的责任方。", $"{jurisdictionCode} is the last responsible party of task {Key}.");
        }

        _parties.Remove(party);
        Touch();
    }
}
