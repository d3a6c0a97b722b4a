using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

public sealed partial class CoordinatedTask
{
    public Party AddParty(PartySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        EnsureKnownJurisdiction(spec.JurisdictionCode);
        if (FindParty(spec.JurisdictionCode) is not null)
        {
            throw new DomainRuleException(
                "party.duplicate", $"{spec.JurisdictionCode} is already a party to task {Key}.");
        }

        var party = new Party(Id, spec.JurisdictionCode, spec.Role, spec.Share);
        party.AssignDepartments(spec.Departments);
        _parties.Add(party);
        Touch();
        return party;
    }

    public void RemoveParty(string jurisdictionCode)
    {
        var party = FindParty(jurisdictionCode)
            ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} is not a party to task {Key}.");
        if (_milestones.Exists(m => m.Owners.Any(o => o.JurisdictionCode == jurisdictionCode)))
        {
            throw new DomainRuleException(
                "party.owns_milestones", $"{jurisdictionCode} owns milestones of task {Key}; reassign them first.");
        }

        if (party.Role.IsResponsible() && !_parties.Exists(p => p != party && p.Role.IsResponsible()))
        {
            throw new DomainRuleException(
                "task.responsible_party", $"{jurisdictionCode} is the last responsible party of task {Key}.");
        }

        _parties.Remove(party);
        Touch();
    }

    public AnnualTarget AddTarget(int year, string text, IEnumerable<MeasureSpec> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        if (_targets.Exists(t => t.Year == year))
        {
            throw new DomainRuleException("target.duplicate_year", $"Task {Key} already has a target for {year}.");
        }

        var target = new AnnualTarget(Id, year, text);
        foreach (var measure in measures)
        {
            if (measure.JurisdictionCode is not null && FindParty(measure.JurisdictionCode) is null)
            {
                throw new DomainRuleException(
                    "measure.party", $"Measure '{measure.Metric}' names {measure.JurisdictionCode}, which is not a party to {Key}.");
            }

            target.AddMeasure(measure);
        }

        _targets.Add(target);
        Touch();
        return target;
    }

    public Milestone AddMilestone(MilestoneSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var owners = spec.Owners.Count == 0
            ? _parties.Where(p => p.Role.IsResponsible()).Select(p => p.JurisdictionCode).ToList()
            : spec.Owners.ToList();
        var notResponsible = owners.Find(code => !IsResponsibleParty(code));
        if (notResponsible is not null)
        {
            throw new DomainRuleException(
                "milestone.owner", $"{notResponsible} is not a responsible party of {Key} and cannot own a milestone.");
        }

        var milestone = new Milestone(Id, spec, _milestones.Count + 1);
        milestone.SetOwners(owners);
        _milestones.Add(milestone);
        RecalculateNextDueDate();
        Touch();
        return milestone;
    }
}
