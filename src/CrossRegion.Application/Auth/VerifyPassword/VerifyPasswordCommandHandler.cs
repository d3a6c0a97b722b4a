using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Auth.VerifyPassword;

public sealed class VerifyPasswordCommandHandler(PasswordSignIn signIn) : IRequestHandler<VerifyPasswordCommand, TokenSubject>
{
    public async Task<TokenSubject> Handle(VerifyPasswordCommand request, CancellationToken cancellationToken)
    {
        var user = await signIn.VerifyAsync(request.Username!, request.Password!, cancellationToken);
        await signIn.CompleteAsync(user, cancellationToken);
        return TokenSubjects.Person(user);
    }
}
