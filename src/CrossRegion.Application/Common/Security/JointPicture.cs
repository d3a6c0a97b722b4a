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
    /// <summary>The joint picture (<paramref name="city"/> null) or a city's (<see cref="InCityPicture"/>).</summary>
    public static IQueryable<CoordinatedTask> InPicture(this IQueryable<CoordinatedTask> tasks, IQueryable<Programme> programmes, string? city) =>
        city is null ? tasks.InJointPicture(programmes) : tasks.InCityPicture(programmes, city);

    /// <summary>
    /// A city's own picture (its bulletin and dashboard): the tasks it is a party to, of the joint picture and of its own
    /// programmes, shared or not. Another city's unshared programme is not in it.
    /// </summary>
    public static IQueryable<CoordinatedTask> InCityPicture(this IQueryable<CoordinatedTask> tasks, IQueryable<Programme> programmes, string city) =>
        tasks.Where(t => t.Parties.Any(p => p.JurisdictionCode == city)
            && programmes.Any(p => p.Code == t.ProgrammeCode && (p.OwnerJurisdiction == null || p.SharedWithOffice != null || p.OwnerJurisdiction == city)));

    public static IQueryable<CoordinatedTask> InJointPicture(this IQueryable<CoordinatedTask> tasks, IQueryable<Programme> programmes) =>
        tasks.Where(t => programmes.Any(p => p.Code == t.ProgrammeCode && (p.OwnerJurisdiction == null || p.SharedWithOffice != null)));
}
