namespace CrossRegion.Application.Common.Concurrency;

/// <summary>
/// What If-Match names, for the handlers that check it: a version read (a strong tag, <c>"7"</c>), <see cref="Any"/>
/// for <c>*</c> (whatever version is current, as long as the resource exists), or <see cref="Weak"/> for a weak tag,
/// which never matches (a write must name the exact version it read: 412). Null when the header is absent.
/// </summary>
public static class Revisions
{
    public const int Any = -1;

    public const int Weak = -2;

    /// <summary>True when the caller named a version and the resource is not at it (412); false without If-Match.</summary>
    public static bool Differs(int? expected, int? current) =>
        expected is { } named && (current is not { } now || (named != Any && named != now));
}
