using CrossRegion.Domain.Reporting;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// Derives the lights. A milestone: done; red when overdue; yellow when due by <c>yellowUntil</c> (today plus the
/// configured working days); green otherwise. A party: done when every milestone it owns is done; otherwise the
/// worst of its open milestones and its latest report (blocked red, at risk yellow). A task: done when closed or
/// every milestone is done; otherwise the worst of its milestones and its parties' latest reports. The ledger
/// filter states the same rules in SQL (TaskFilters); a test holds the two together.
/// </summary>
public static class StatusLights
{
    public static StatusLight ForMilestone(MilestoneStatus status, DateOnly due, DateOnly today, DateOnly yellowUntil) =>
        status == MilestoneStatus.Done ? StatusLight.Done
        : due < today ? StatusLight.Red
        : due <= yellowUntil ? StatusLight.Yellow
        : StatusLight.Green;

    public static StatusLight ForReport(ReportStatus? reported) => reported switch
    {
        ReportStatus.Blocked => StatusLight.Red,
        ReportStatus.AtRisk => StatusLight.Yellow,
        _ => StatusLight.Green,
    };

    public static StatusLight ForParty(IReadOnlyCollection<StatusLight> ownedMilestones, ReportStatus? reported)
    {
        ArgumentNullException.ThrowIfNull(ownedMilestones);
        return ownedMilestones.Count > 0 && ownedMilestones.All(l => l == StatusLight.Done)
            ? StatusLight.Done
            : ownedMilestones.Append(ForReport(reported)).Max();
    }

    public static StatusLight ForTask(
        CoordinatedTaskStatus status, DateOnly? nextDueDate, bool hasMilestones, bool anyBlocked, bool anyAtRisk, DateOnly today, DateOnly yellowUntil)
    {
        if (status == CoordinatedTaskStatus.Closed || (nextDueDate is null && hasMilestones))
        {
            return StatusLight.Done;
        }

        return nextDueDate < today || anyBlocked ? StatusLight.Red
            : nextDueDate <= yellowUntil || anyAtRisk ? StatusLight.Yellow
            : StatusLight.Green;
    }
}
