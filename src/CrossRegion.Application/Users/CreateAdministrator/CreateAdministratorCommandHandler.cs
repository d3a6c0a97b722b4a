using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.CreateAdministrator;

public sealed class CreateAdministratorCommandHandler(IAppDbContext db, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<CreateAdministratorCommand, Guid>
{
    public async Task<Guid> Handle(CreateAdministratorCommand request, CancellationToken cancellationToken)
    {
        var name = UserAccount.NormalizeUserName(request.Username!);
        if (await db.UserAccounts.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            throw new DomainRuleException("user.duplicate", $"A user named '{name}' already exists.");
        }

        var user = UserAccount.Create(name, request.DisplayName!, UserRoles.SystemAdministrator, null, null, time.GetUtcNow());
        db.UserAccounts.Add(user);

        // The administrator chose this password at the console: no change is forced at first sign-in.
        var problems = await credentials.CreateAsync(user, request.Password!, mustChangePassword: false, cancellationToken);
        return problems.Count == 0 ? user.Id : throw CredentialProblems.Refused(problems);
    }
}
