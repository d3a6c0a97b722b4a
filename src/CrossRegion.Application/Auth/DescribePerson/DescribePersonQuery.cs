using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Auth.DescribePerson;

/// <summary>
/// The refresh grant of the token server, after it has checked the refresh token: the person as they are now (a
/// changed unit or role is in the next access token), provided the account is still active.
/// </summary>
public sealed record DescribePersonQuery(Guid UserId) : IRequest<TokenSubject>;
