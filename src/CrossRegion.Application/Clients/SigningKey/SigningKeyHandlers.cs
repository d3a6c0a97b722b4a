using System.Security.Cryptography;
using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using FluentValidation;
using MediatR;

namespace CrossRegion.Application.Clients.SigningKey;

public sealed class SetSigningKeyCommandValidator : AbstractValidator<SetSigningKeyCommand>
{
    public SetSigningKeyCommandValidator()
    {
        RuleFor(c => c.Algorithm).NotEmpty().Must(a => SigningAlgorithms.All.Contains(a))
            .WithMessage(_ => Localized.Text($"取值须为：{string.Join(", ", SigningAlgorithms.All)}。", $"Must be one of {string.Join(", ", SigningAlgorithms.All)}."));
    }
}

public sealed class SetSigningKeyCommandHandler(IAppDbContext db, ICurrentUser caller, ISigningKeyProtector protector, TimeProvider time)
    : IRequestHandler<SetSigningKeyCommand, SigningKeyDto>
{
    public async Task<SigningKeyDto> Handle(SetSigningKeyCommand request, CancellationToken cancellationToken)
    {
        var client = await ClientDirectory.AdministeredAsync(db, caller, request.ClientId, cancellationToken);
        var key = RandomNumberGenerator.GetBytes(32);
        var required = request.Required ?? false;
        client.SetSigningKey(protector.Protect(key), request.Algorithm!, required, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new SigningKeyDto(client.ClientId, request.Algorithm!, Convert.ToBase64String(key), required);
    }
}

public sealed class RemoveSigningKeyCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<RemoveSigningKeyCommand, AdminClientDto>
{
    public async Task<AdminClientDto> Handle(RemoveSigningKeyCommand request, CancellationToken cancellationToken)
    {
        var client = await ClientDirectory.AdministeredAsync(db, caller, request.ClientId, cancellationToken);
        client.RemoveSigningKey();
        await db.SaveChangesAsync(cancellationToken);
        return ClientDirectory.ToDto(client);
    }
}
