using CrossRegion.Application.Importing.ImportTasks;

namespace CrossRegion.Application.Users.ImportUsers;

/// <param name="Line">The line of the file the row starts on.</param>
/// <param name="Department">The code of the unit the row's 单位 cell matched (by code, full name or short name in the row's city).</param>
/// <param name="SetupToken">After a commit: the person's one-time setup link token (shown this once).</param>
public sealed record UserImportRowDto(
    int Line,
    string Username,
    string? Jurisdiction,
    string? Department,
    IReadOnlyList<string> Roles,
    IReadOnlyList<ImportIssueDto> Errors,
    string? SetupToken = null,
    DateTimeOffset? SetupExpiresAt = null);
