using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Bulletins.Common;

/// <summary>
/// Who reads which bulletins: the joint ones, everyone who reads the ledger; a city's own bulletin, that city's people
/// and clients (and the system). To anyone else a city's bulletin does not exist (404), as its own programmes do not.
/// </summary>
public static class BulletinReaders
{
    public static IQueryable<Bulletin> ReadableBy(this IQueryable<Bulletin> bulletins, ICurrentUser caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (caller.Kind == CallerKind.System)
        {
            return bulletins;
        }

        var own = caller.OwnCity();
        return bulletins.Where(b => b.Scope == Bulletin.JointScope || b.Scope == own);
    }
}
