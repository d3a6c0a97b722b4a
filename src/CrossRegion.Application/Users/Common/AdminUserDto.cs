namespace CrossRegion.Application.Users.Common;

/// <summary>A person as their administrator sees them (never a password, key or token).</summary>
/// <param name="Department">Code of the person's unit.</param>
/// <param name="AwaitingSetup">No password yet: the setup link was not used.</param>
/// <param name="JointOffices">Joint-office staff's assignments, past, current and future.</param>
/// <param name="Organisation">The organisation whose observer the person is (they see only the tasks naming it).</param>
public sealed record AdminUserDto(
    Guid Id,
    string Username,
    string DisplayName,
    string? Jurisdiction,
    string? Department,
    IReadOnlyList<string> Roles,
    string? Email,
    string? Phone,
    bool Active,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastLoginAt,
    bool TwoFactorEnabled,
    bool PasswordChangeDue,
    bool AwaitingSetup,
    IReadOnlyList<JointOfficeAssignmentDto> JointOffices,
    string? Organisation);
