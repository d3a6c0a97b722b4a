using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Attachments.RemoveAttachment;

/// <summary>
/// Takes back a file attached by mistake: the party that attached it (or the joint office for its own), while the task is
/// active and the party has not confirmed the milestone the file is evidence for (confirmed evidence stands).
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
public sealed record RemoveAttachmentCommand(string Key, Guid Id) : IRequest;
