using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.CreateUser;

public sealed class CreateUserCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<CreateUserCommand, UserCredentialsDto>
{
    public async Task<UserCredentialsDto> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        var roles = RoleNames.Parse(request.Roles!);
        caller.EnsureMayGrant(roles, request.Jurisdiction);
        var name = UserAccount.NormalizeUserName(request.Username!);
        if (await db.UserAccounts.AnyAsync(u => u.UserName == name, cancellationToken))
        {
            throw new DomainRuleException("user.duplicate", $"用户名“{name}”已被使用。", $"The user name '{name}' is taken.");
        }

        var department = await UserDirectory.DepartmentAsync(db, request.Department, cancellationToken);
        var user = UserAccount.Create(name, request.DisplayName!, roles, request.Jurisdiction, department, time.GetUtcNow());
        user.SetContact(request.Email, request.Phone);
        if (request.Organisation is { } organisation)
        {
            if (!await db.Organisations.AnyAsync(o => o.Code == organisation, cancellationToken))
            {
                throw new ValidationException([new ValidationFailure("organisation", Localized.Text($"机构“{organisation}”不在目录中。", $"No organisation '{organisation}' in the catalogue."))]);
            }

            user.ObserveFor(organisation);
        }

        db.UserAccounts.Add(user);

        // The profile, the credentials and the setup link are saved together, or nothing is (a refused password).
        var link = request.InitialPassword is null ? credentials.IssueSetupLink(user.Id) : null;
        var problems = await credentials.CreateAsync(user, request.InitialPassword, mustChangePassword: true, cancellationToken);
        if (problems.Count > 0)
        {
            throw CredentialProblems.Refused(problems, "initial_password");
        }

        return new UserCredentialsDto(await UserDirectory.ShowAsync(db, credentials, time, user, cancellationToken), link?.Token, link?.ExpiresAt);
    }
}
