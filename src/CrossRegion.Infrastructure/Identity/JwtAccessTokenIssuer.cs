using System.Security.Claims;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CrossRegion.Infrastructure.Identity;

internal sealed class JwtAccessTokenIssuer(
    JwtSigningKeys keys, IOptions<JwtOptions> jwt, IOptions<AuthOptions> auth, TimeProvider time) : IAccessTokenIssuer
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedAccessToken Issue(TokenSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var now = time.GetUtcNow().UtcDateTime;
        var lifetime = TimeSpan.FromMinutes(auth.Value.AccessTokenMinutes);
        var claims = new List<Claim>
        {
            new(JwtRegisteredClaimNames.Sub, subject.Subject),
            new(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            new(CrossRegionClaims.Name, subject.Name),
            new(CrossRegionClaims.Kind, subject.Kind == CallerKind.Client ? "client" : "user"),
        };
        claims.AddRange(subject.Jurisdictions.Select(j => new Claim(CrossRegionClaims.Jurisdiction, j)));
        claims.AddRange(RoleNames.ToNames(subject.Roles).Select(r => new Claim(CrossRegionClaims.Role, r)));
        if (subject.DepartmentId is { } department)
        {
            claims.Add(new Claim(CrossRegionClaims.Department, department.ToString()));
        }

        if (subject.SessionId is { } session)
        {
            claims.Add(new Claim(JwtRegisteredClaimNames.Sid, session.ToString()));
        }

        if (subject.RequiredAction is { } action)
        {
            claims.Add(new Claim(CrossRegionClaims.RequiredAction, action));
        }

        claims.AddRange((subject.Programmes ?? []).Select(p => new Claim(CrossRegionClaims.Programme, p)));
        if (subject.Organisation is { } organisation)
        {
            claims.Add(new Claim(CrossRegionClaims.Organisation, organisation));
        }

        if (subject.Kind == CallerKind.Client)
        {
            claims.Add(new Claim(CrossRegionClaims.ClientId, subject.Subject));
        }

        claims.Add(new Claim(CrossRegionClaims.Scope, string.Join(' ', subject.Scopes)));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = keys.Credentials,
        });
        return new IssuedAccessToken(token, (int)lifetime.TotalSeconds);
    }
}
