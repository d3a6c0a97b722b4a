using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>A department officer of one city, for reading the model's sets as that person directly.</summary>
internal sealed class CityOfficer(string city) : ICurrentUser
{
    public CallerKind Kind => CallerKind.User;
    public bool IsAuthenticated => true;
    public Guid? UserId { get; } = Guid.NewGuid();
    public string? Name => "officer";
    public IReadOnlyList<string> Jurisdictions => [city];
    public Guid? DepartmentId => null;
    public UserRoles Roles => UserRoles.DepartmentOfficer;
    public IReadOnlyCollection<string> Scopes => [];
    public bool SeesAllTasks => false;
}
