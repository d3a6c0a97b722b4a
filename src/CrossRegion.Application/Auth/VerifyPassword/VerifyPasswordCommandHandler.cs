using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using MediatR;

namespace CrossRegion.Application.Auth.VerifyPassword;

public sealed class VerifyPasswordCommandHandler(PasswordSignIn signIn, IAppDbContext db, TimeProvider time) : IRequestHandler<VerifyPasswordCommand, TokenSubject>
{
    public async Task<TokenSubject> Handle(VerifyPasswordCommand request, CancellationToken cancellationToken)
    {
        var person = await signIn.VerifyAsync(request.Username!, request.Password!, request.Otp, cancellationToken);
        await signIn.CompleteAsync(person.User, cancellationToken);
        return await TokenSubjects.PersonAsync(db, time, person.User, person.RequiredAction, cancellationToken);
    }
}
