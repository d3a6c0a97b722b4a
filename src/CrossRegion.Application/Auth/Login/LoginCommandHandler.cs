using CrossRegion.Application.Auth.Common;
using MediatR;

namespace CrossRegion.Application.Auth.Login;

/// <summary>Password sign-in (<see cref="PasswordSignIn"/>) answered with our own token pair.</summary>
public sealed class LoginCommandHandler(PasswordSignIn signIn, UserTokenIssuer tokens) : IRequestHandler<LoginCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var person = await signIn.VerifyAsync(request.Username!, request.Password!, request.Otp, cancellationToken);
        var response = await tokens.IssueAsync(person.User, person.RequiredAction, cancellationToken);
        await signIn.CompleteAsync(person.User, cancellationToken);
        return response;
    }
}
