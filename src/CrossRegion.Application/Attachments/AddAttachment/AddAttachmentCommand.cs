using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Attachments.AddAttachment;

/// <summary>
/// 佐证材料: attaches a file to a task, or to a milestone as evidence of it. For a milestone the caller speaks for an
/// owning party; for the task, for any party; the joint office may attach to either. The file is checked by its
/// content (type, size), passed to the virus-scan hook and stored; every reader of the task may download it.
/// </summary>
[Authorize(Roles = UserRoles.DepartmentOfficer | UserRoles.CityCoordinator | UserRoles.JointOfficeCoordinator)]
/// <param name="AskId">An ask of the task the file documents (the request sent up, the answer): by whoever may act on the ask.</param>
public sealed record AddAttachmentCommand(string Key, Guid? MilestoneId, string? FileName, ReadOnlyMemory<byte> Content, Guid? AskId = null) : IRequest<AttachmentDto>;
