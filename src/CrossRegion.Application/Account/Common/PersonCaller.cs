using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Account.Common;

/// <summary>The signed-in person's own account, for the requests a person makes about themselves.</summary>
internal static class PersonCaller
{
    public static async Task<UserAccount> AccountAsync(IAppDbContext db, ICurrentUser caller, CancellationToken cancellationToken) =>
        (caller.Kind == CallerKind.User && caller.UserId is { } id
            ? await db.UserAccounts.SingleOrDefaultAsync(u => u.Id == id && u.IsActive, cancellationToken)
            : null)
        ?? throw new ForbiddenAccessException(Localized.Text("只有用户本人可以这样做。", "Only a person signed in as themselves does this."));
}
