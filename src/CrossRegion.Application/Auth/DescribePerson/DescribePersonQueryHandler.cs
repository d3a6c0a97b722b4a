using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.DescribePerson;

public sealed class DescribePersonQueryHandler(IAppDbContext db, IAccountCredentials credentials, TimeProvider time) : IRequestHandler<DescribePersonQuery, TokenSubject>
{
    public async Task<TokenSubject> Handle(DescribePersonQuery request, CancellationToken cancellationToken)
    {
        var user = await db.UserAccounts.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UserId && u.IsActive, cancellationToken)
            ?? throw new AuthenticationFailedException("invalid_grant", Localized.Text("该登录已失效。", "This sign-in is no longer valid."));
        return await TokenSubjects.PersonAsync(db, time, user, (await credentials.GetStateAsync(user, cancellationToken)).RequiredAction, cancellationToken);
    }
}
