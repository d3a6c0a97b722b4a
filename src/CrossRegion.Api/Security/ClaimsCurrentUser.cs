using System.Security.Claims;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;

namespace CrossRegion.Api.Security;

/// <summary>
/// The caller as its validated credential describes it: the access token of a request, or the console's sign-in for
/// a request or a circuit (<see cref="CallerPrincipal"/>). The acting jurisdiction comes only from there, never from
/// a header or a parameter. What the visibility filter reads on every query (kind, roles, jurisdictions,
/// programmes, organisation) is read from the claims once per principal, not once per query.
/// </summary>
internal sealed class ClaimsCurrentUser(CallerPrincipal caller) : ICurrentUser
{
    private const UserRoles SeeAllRoles = Application.Common.Security.SubjectCaller.SeeAllRoles;

    private Snapshot? _snapshot;

    private ClaimsPrincipal? Principal => caller.Current is { Identity.IsAuthenticated: true } principal ? principal : null;

    // Authentication replaces the request's principal; a snapshot of an earlier one is never reused.
    private Snapshot Current
    {
        get
        {
            var principal = Principal;
            if (_snapshot is null || !ReferenceEquals(_snapshot.Principal, principal))
            {
                _snapshot = Snapshot.Of(principal);
            }

            return _snapshot;
        }
    }

    public CallerKind Kind => Current.Kind;

    public bool IsAuthenticated => Principal is not null;

    public Guid? UserId =>
        Kind == CallerKind.User && Guid.TryParse(Principal?.FindFirstValue(SubjectClaims.Subject), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(CrossRegionClaims.Name);

    public IReadOnlyList<string> Jurisdictions => Current.Jurisdictions;

    public Guid? DepartmentId =>
        Guid.TryParse(Principal?.FindFirstValue(CrossRegionClaims.Department), out var id) ? id : null;

    public UserRoles Roles => Current.Roles;

    public string? RequiredAction => Principal?.FindFirstValue(CrossRegionClaims.RequiredAction);

    public IReadOnlyCollection<string> Scopes =>
        Principal?.FindFirstValue(CrossRegionClaims.Scope)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool SeesAllTasks => Kind == CallerKind.User && (Roles & SeeAllRoles) != 0;

    public string? Organisation => Current.Organisation;

    public IReadOnlyList<string>? JointOfficeProgrammes => Current.Programmes;

    private sealed record Snapshot(
        ClaimsPrincipal? Principal, CallerKind Kind, UserRoles Roles, IReadOnlyList<string> Jurisdictions, IReadOnlyList<string>? Programmes, string? Organisation)
    {
        public static Snapshot Of(ClaimsPrincipal? principal)
        {
            if (principal is null)
            {
                return new Snapshot(null, CallerKind.Anonymous, UserRoles.None, [], null, null);
            }

            var kind = principal.FindFirstValue(CrossRegionClaims.Kind) switch
            {
                null => CallerKind.Anonymous,
                "client" => CallerKind.Client,
                _ => CallerKind.User,
            };
            var roles = RoleNames.Parse(principal.FindAll(CrossRegionClaims.Role).Select(c => c.Value));
            var jurisdictions = principal.FindAll(CrossRegionClaims.Jurisdiction).Select(c => c.Value).ToList();

            var limited = kind == CallerKind.User && UserAccount.IsLimitedToOfficeProgrammes(roles);
            var programmes = limited ? principal.FindAll(CrossRegionClaims.Programme).Select(c => c.Value).ToList() : null;
            var organisation = kind == CallerKind.User ? principal.FindFirstValue(CrossRegionClaims.Organisation) : null;
            return new Snapshot(principal, kind, roles, jurisdictions, programmes, organisation);
        }
    }
}
