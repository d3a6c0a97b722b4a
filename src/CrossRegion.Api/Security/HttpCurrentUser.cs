using System.Security.Claims;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;

namespace CrossRegion.Api.Security;

/// <summary>
/// The caller as the validated access token describes it. The acting jurisdiction comes only from the token,
/// never from a header or a parameter.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private const UserRoles SeeAllRoles = UserRoles.JointOfficeCoordinator | UserRoles.Observer | UserRoles.SystemAdministrator;

    private ClaimsPrincipal? Principal =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } principal ? principal : null;

    public CallerKind Kind => Principal?.FindFirstValue(CrossRegionClaims.Kind) switch
    {
        null => CallerKind.Anonymous,
        "client" => CallerKind.Client,
        _ => CallerKind.User,
    };

    public bool IsAuthenticated => Principal is not null;

    public Guid? UserId =>
        Kind == CallerKind.User && Guid.TryParse(Principal?.FindFirstValue("sub"), out var id) ? id : null;

    public string? Name => Principal?.FindFirstValue(CrossRegionClaims.Name);

    public IReadOnlyList<string> Jurisdictions =>
        Principal?.FindAll(CrossRegionClaims.Jurisdiction).Select(c => c.Value).ToList() ?? [];

    public Guid? DepartmentId =>
        Guid.TryParse(Principal?.FindFirstValue(CrossRegionClaims.Department), out var id) ? id : null;

    public UserRoles Roles =>
        Principal is null ? UserRoles.None : RoleNames.Parse(Principal.FindAll(CrossRegionClaims.Role).Select(c => c.Value));

    public string? RequiredAction => Principal?.FindFirstValue(CrossRegionClaims.RequiredAction);

    public IReadOnlyCollection<string> Scopes =>
        Principal?.FindFirstValue(CrossRegionClaims.Scope)?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool SeesAllTasks => Kind == CallerKind.User && (Roles & SeeAllRoles) != 0;

    public string? Organisation => Kind == CallerKind.User ? Principal!.FindFirstValue(CrossRegionClaims.Organisation) : null;

    // Joint-office staff are limited to their offices' programmes; observers and system administrators read them all.
    public IReadOnlyList<string>? JointOfficeProgrammes =>
        Kind == CallerKind.User && Roles.HasFlag(UserRoles.JointOfficeCoordinator) && (Roles & (UserRoles.Observer | UserRoles.SystemAdministrator)) == 0
            ? Principal!.FindAll(CrossRegionClaims.Programme).Select(c => c.Value).ToList()
            : null;
}
