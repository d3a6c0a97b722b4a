using CrossRegion.Application.Auth.Common;
using MediatR;

namespace CrossRegion.Application.Auth.Login;

/// <summary>Password sign-in (<see cref="PasswordSignIn"/>) answered with our own token pair.</summary>
public sealed class LoginCommandHandler(PasswordSignIn signIn, UserTokenIssuer tokens) : IRequestHandler<LoginCommand, TokenResponse>
{
    public async Task<TokenResponse> Handle(LoginCommand request, CancellationToken cancellationToken)
    {
        var user = await signIn.VerifyAsync(request.Username!, request.Password!, cancellationToken);
        var response = tokens.Issue(user);
        await signIn.CompleteAsync(user, cancellationToken);
        return response;
    }
}
