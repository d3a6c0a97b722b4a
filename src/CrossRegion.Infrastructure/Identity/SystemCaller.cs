using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>The named system actor used by start-up seeding and command-line operations (no ambient user).</summary>
public sealed class SystemCaller(string name) : ICurrentUser
{
    public CallerKind Kind => CallerKind.System;
    public bool IsAuthenticated => true;
    public Guid? UserId => null;
    public string? Name { get; } = name;
    public IReadOnlyList<string> Jurisdictions => [];
    public Guid? DepartmentId => null;
    public UserRoles Roles => UserRoles.None;
    public IReadOnlyCollection<string> Scopes => [];
    public bool SeesAllTasks => true;
}
