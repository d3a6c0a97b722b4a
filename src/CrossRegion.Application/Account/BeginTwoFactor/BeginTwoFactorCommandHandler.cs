using CrossRegion.Application.Account.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Common;
using MediatR;

namespace CrossRegion.Application.Account.BeginTwoFactor;

public sealed class BeginTwoFactorCommandHandler(IAppDbContext db, ICurrentUser caller, IAccountCredentials credentials)
    : IRequestHandler<BeginTwoFactorCommand, TwoFactorSetup>
{
    public async Task<TwoFactorSetup> Handle(BeginTwoFactorCommand request, CancellationToken cancellationToken)
    {
        var user = await PersonCaller.AccountAsync(db, caller, cancellationToken);
        if ((await credentials.GetStateAsync(user, cancellationToken)).TwoFactorEnabled)
        {
            // A new key would silently replace the one in the person's app; turning it off first is deliberate.
            throw new DomainRuleException("two_factor.enabled", "双因素登录已启用；如需更换设备，请先停用。", "Two-factor sign-in is on; turn it off first to move to another device.");
        }

        return await credentials.BeginTwoFactorAsync(user.Id, cancellationToken);
    }
}
