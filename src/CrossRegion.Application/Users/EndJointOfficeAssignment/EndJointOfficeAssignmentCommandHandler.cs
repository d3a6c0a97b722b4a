using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Users.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.EndJointOfficeAssignment;

public sealed class EndJointOfficeAssignmentCommandHandler(
    IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, ITokenServerSessions sessions, TimeProvider time)
    : IRequestHandler<EndJointOfficeAssignmentCommand, AdminUserDto>
{
    public async Task<AdminUserDto> Handle(EndJointOfficeAssignmentCommand request, CancellationToken cancellationToken)
    {
        var user = await UserDirectory.AdministeredAsync(db, caller, request.Username, cancellationToken);
        var lastDay = request.LastDay ?? ShanghaiClock.Today(time);
        var assignment = await db.JointOfficeAssignments
            .Where(a => a.UserId == user.Id && a.OfficeCode == request.Office && (a.EndsOn == null || a.EndsOn > lastDay) && a.StartsOn <= lastDay)
            .OrderByDescending(a => a.StartsOn)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("assignment", request.Office);
        assignment.EndAfter(lastDay);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.RevokeAllAsync(user.Id, cancellationToken);
        return await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken);
    }
}
