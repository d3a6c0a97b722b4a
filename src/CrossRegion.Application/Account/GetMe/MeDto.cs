using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Application.Account.GetMe;

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
    MeCredentialsDto? Credentials);
