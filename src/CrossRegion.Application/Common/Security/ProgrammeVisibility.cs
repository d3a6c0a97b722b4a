using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Which programmes a caller may know of: every joint programme and every shared own programme; a private one only
/// to its own city's people and clients (and the system). To anyone else a private programme does not exist (404),
/// as its tasks do not (the query filter on tasks, ADR 0019).
/// </summary>
public static class ProgrammeVisibility
{
    /// <summary>The city whose own programmes a person or client sees unshared: a single-city caller's; null for anyone else.</summary>
    public static string? OwnCity(this ICurrentUser caller) =>
        caller is { Kind: not CallerKind.System, SeesAllTasks: false, Jurisdictions.Count: 1 } ? caller.Jurisdictions[0] : null;

    /// <summary>Whether the caller may read <paramref name="city"/>'s own picture (its bulletins and dashboard): its people and clients, and the system.</summary>
    public static bool ReadsCityPicture(this ICurrentUser caller, string city)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Kind == CallerKind.System || caller.OwnCity() == city;
    }

    public static IQueryable<Programme> VisibleTo(this IQueryable<Programme> programmes, ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Kind == CallerKind.System)
        {
            return programmes;
        }

        var own = caller.OwnCity();
        return programmes.Where(p => p.OwnerJurisdiction == null || p.SharedWithOffice != null || p.OwnerJurisdiction == own);
    }
}
