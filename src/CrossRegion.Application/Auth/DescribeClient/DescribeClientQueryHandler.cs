using CrossRegion.Application.Auth.ClientToken;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.DescribeClient;

public sealed class DescribeClientQueryHandler(IAppDbContext db) : IRequestHandler<DescribeClientQuery, TokenSubject>
{
    public async Task<TokenSubject> Handle(DescribeClientQuery request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId && c.IsActive, cancellationToken)
            ?? throw new AuthenticationFailedException("invalid_client", Localized.Text("客户端不存在或已停用。", "The client is unknown or disabled."));
        return TokenSubjects.Client(client, ClientTokenCommandHandler.GrantedScopes(client, request.Scope));
    }
}
