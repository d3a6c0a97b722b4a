using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// The tasks the joint numbers are made of (the joint bulletin, its ranking 赛马比拼, the four-city dashboard): those of
/// the joint programmes and of the cities' own programmes they share. A city's unshared programme never counts there,
/// not even in a total, whoever computes the numbers (the system computes them over every task).
/// </summary>
public static class JointPicture
{
    public static IQueryable<CoordinatedTask> InJointPicture(this IQueryable<CoordinatedTask> tasks, IQueryable<Programme> programmes) =>
        tasks.Where(t => programmes.Any(p => p.Code == t.ProgrammeCode && (p.OwnerJurisdiction == null || p.SharedWithOffice != null)));
}
