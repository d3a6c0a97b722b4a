using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Users.Common;
using MediatR;

namespace CrossRegion.Application.Users.ListUsers;

/// <summary>The people the caller administers, by user name, filtered; cursor-paged.</summary>
/// <param name="Query">Part of the user name or display name.</param>
[Authorize(Roles = Administration.Administrators)]
public sealed record ListUsersQuery(
    string? Jurisdiction = null,
    string? Department = null,
    string? Role = null,
    bool? Active = null,
    string? Query = null,
    int? Limit = null,
    string? Cursor = null) : IRequest<CursorPage<AdminUserDto>>;
