using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Discussion.PostMessage;

/// <summary>
/// Adds a comment (any party's user or the joint office) or a party-internal note (a user of a party, for its own
/// city only) to a task the caller can see. Answers the new message.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record PostMessageCommand(string Key, MessageKind Kind, string? Text) : IRequest<MessageDto>;
