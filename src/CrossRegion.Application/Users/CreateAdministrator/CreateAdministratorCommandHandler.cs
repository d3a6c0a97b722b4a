using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.CreateAdministrator;

public sealed class CreateAdministratorCommandHandler(IAppDbContext db, IPasswordHasher hasher, TimeProvider time, ICurrentUser caller)
    : IRequestHandler<CreateAdministratorCommand, Guid>
{
    public async Task<Guid> Handle(CreateAdministratorCommand request, CancellationToken cancellationToken)
    {
        if (caller.Kind != CallerKind.System && !caller.Roles.HasFlag(UserRoles.SystemAdministrator))
        {
            throw new Common.Exceptions.ForbiddenAccessException("Only an administrator may create administrators.");
        }

        var name = UserAccount.NormalizeUserName(request.Username!);
        if (await db.Users.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            throw new DomainRuleException("user.duplicate", $"A user named '{name}' already exists.");
        }

        var user = UserAccount.Create(name, request.DisplayName!, UserRoles.SystemAdministrator, null, null, time.GetUtcNow());
        user.SetPasswordHash(hasher.Hash(request.Password!));
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }
}
