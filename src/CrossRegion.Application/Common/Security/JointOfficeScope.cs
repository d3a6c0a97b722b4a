using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Joint-office staff define the tasks of their offices' programmes only (the visibility filter keeps every other task
/// from them already; this covers putting a new one on the ledger).
/// </summary>
public static class JointOfficeScope
{
    public static void EnsureRunsProgramme(this ICurrentUser caller, string programme)
    {
        if (!caller.RunsProgramme(programme))
        {
            throw NotRunning(programme);
        }
    }

    /// <summary>Whether the caller's joint offices run the programme (true for anyone not limited by programme).</summary>
    public static bool RunsProgramme(this ICurrentUser caller, string programme)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.JointOfficeProgrammes is not { } programmes || programmes.Contains(programme, StringComparer.Ordinal);
    }

    internal static ForbiddenAccessException NotRunning(string programme) => new(Localized.Text(
        $"您所在的联合办公室不负责合作板块“{programme}”。", $"Your joint office does not run the programme '{programme}'."));
}
