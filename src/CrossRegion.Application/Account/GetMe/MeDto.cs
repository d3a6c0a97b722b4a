using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Users.Common;

namespace CrossRegion.Application.Account.GetMe;

/// <param name="JointOffices">A joint-office staff member's assignments to the offices, with their dates.</param>
/// <param name="JointOfficeProgrammes">The programmes whose tasks the caller runs for its offices now; null when not limited by programme.</param>
public sealed record MeDto(
    CallerKind Kind,
    Guid? Id,
    string? Username,
    string? DisplayName,
    MeJurisdictionDto? Jurisdiction,
    IReadOnlyList<string> Jurisdictions,
    MeDepartmentDto? Department,
    IReadOnlyList<string> Roles,
    IReadOnlyCollection<string> Scopes,
    bool SeesAllTasks,
    MeCredentialsDto? Credentials,
    IReadOnlyList<JointOfficeAssignmentDto> JointOffices,
    IReadOnlyList<string>? JointOfficeProgrammes);
