using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Auth.ClientToken;

public sealed class ClientTokenCommandHandler(IAppDbContext db, IPasswordHasher hasher, IAccessTokenIssuer issuer, TimeProvider time)
    : IRequestHandler<ClientTokenCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(ClientTokenCommand request, CancellationToken cancellationToken)
    {
        if (request.GrantType != "client_credentials")
        {
            throw new BadRequestException("unsupported_grant_type", Localized.Text("仅支持 client_credentials 授权类型。", "Only the client_credentials grant is supported here."));
        }

        if (string.IsNullOrEmpty(request.ClientId) || string.IsNullOrEmpty(request.ClientSecret))
        {
            throw new AuthenticationFailedException("invalid_client", Localized.Text("需要客户端认证。", "Client authentication is required."));
        }

        var client = await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);
        if (client is null || !client.IsActive || !client.SecretHashesAt(time.GetUtcNow()).Any(hash => hasher.Verify(hash, request.ClientSecret) != PasswordCheck.Failed))
        {
            throw new AuthenticationFailedException("invalid_client", Localized.Text("客户端不存在或密钥错误。", "The client is unknown or its secret is wrong."));
        }

        var granted = GrantedScopes(client, request.Scope);
        var token = issuer.Issue(TokenSubjects.Client(client, granted));
        return new TokenResponse(token.Token, "Bearer", token.ExpiresInSeconds, null, string.Join(' ', granted));
    }

    internal static List<string> GrantedScopes(ApiClient client, string? requested)
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
