using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.DescribeClient;

public sealed class DescribeClientQueryHandler(IAppDbContext db) : IRequestHandler<DescribeClientQuery, TokenSubject>
{
    public async Task<TokenSubject> Handle(DescribeClientQuery request, CancellationToken cancellationToken)
    {
        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId && c.IsActive, cancellationToken)
            ?? throw new AuthenticationFailedException("invalid_client", Localized.Text("客户端不存在或已停用。", "The client is unknown or disabled."));

        // A client that must sign its requests (ADR 0028) gets no token: only its signed requests act for it.
        if (client.SignatureRequired)
        {
            throw new AuthenticationFailedException("invalid_client", Localized.Text(
                "该客户端须对每个请求签名（X-App-Key、X-Signature），不签发令牌。", "This client signs every request (X-App-Key, X-Signature) and is issued no tokens."));
        }
        return TokenSubjects.Client(client, GrantedScopes(client, request.Scope));
    }

    // What was asked and the client may have; all of its scopes when it asks for none.
    private static List<string> GrantedScopes(ApiClient client, string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return client.ScopeList.ToList();
        }

        var asked = requested.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
        var notAllowed = asked.Find(s => !client.ScopeList.Contains(s));
        return notAllowed is null
            ? asked
            : throw new BadRequestException("invalid_scope", Localized.Text($"该客户端无权申请权限范围“{notAllowed}”。", $"The client may not request the scope '{notAllowed}'."));
    }
}
