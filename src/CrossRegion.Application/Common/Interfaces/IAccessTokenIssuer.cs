namespace CrossRegion.Application.Common.Interfaces;

public interface IAccessTokenIssuer
{
    IssuedAccessToken Issue(TokenSubject subject);
}
