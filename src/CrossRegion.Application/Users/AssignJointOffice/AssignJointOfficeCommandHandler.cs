using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.AssignJointOffice;

public sealed class AssignJointOfficeCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<AssignJointOfficeCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(AssignJointOfficeCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        if (!await db.JointOffices.AnyAsync(o => o.Code == request.Office, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("office", Localized.Text($"联合办公室“{request.Office}”不存在。", $"No joint office '{request.Office}'."))]);
        }

        if (!user.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
        {
            throw new DomainRuleException("assignment.role", "只有联合办公室工作人员（joint_office_coordinator）可派驻联合办公室。", "Only joint-office staff (joint_office_coordinator) are assigned to a joint office.");
        }

        var assignment = JointOfficeAssignment.Create(user.Id, request.Office!, request.StartsOn ?? ShanghaiClock.Today(time), request.EndsOn);
        var overlapping = await db.JointOfficeAssignments.AnyAsync(
            a => a.UserId == user.Id && a.OfficeCode == assignment.OfficeCode
                && (a.EndsOn == null || a.EndsOn >= assignment.StartsOn) && (assignment.EndsOn == null || a.StartsOn <= assignment.EndsOn),
            cancellationToken);
        if (overlapping)
        {
            throw new DomainRuleException("assignment.duplicate", "该人员在这段时间已派驻此联合办公室。", "The person is already assigned to this office for part of that time.");
        }

        db.JointOfficeAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
