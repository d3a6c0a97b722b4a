namespace CrossRegion.Application.Users.ImportUsers;

/// <param name="Committed">True when the accounts were created; false for a dry run.</param>
public sealed record UserImportReportDto(bool Committed, int Valid, int Invalid, IReadOnlyList<UserImportRowDto> Rows);
