using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Webhooks.Common;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Webhooks.CreateWebhook;

public sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator(IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var targets = new WebhookTargets(options.Value);
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Url).NotEmpty().MaximumLength(500)
            .Custom((url, context) =>
            {
                if (targets.Refusal(url!) is { } refusal)
                {
                    context.AddFailure(refusal);
                }
            });
        RuleFor(c => c.EventTypes).NotEmpty()
            .Must(types => types!.All(t => EventTypes.All.Contains(t, StringComparer.Ordinal)))
            .WithMessage(_ => Localized.Text($"event_types 取值须为：{string.Join(", ", EventTypes.All)}。", $"event_types must be among {string.Join(", ", EventTypes.All)}."));
        RuleFor(c => c.Jurisdiction).KnownJurisdiction();
        RuleFor(c => c.Secret)
            .Must(s => s is null || (s.StartsWith("whsec_", StringComparison.Ordinal) && WebhookSecrets.SecretKey(s) is { Length: >= 24 and <= 64 }))
            .WithMessage(_ => Localized.Text("secret 须为 whsec_ 加 24 至 64 字节密钥的 base64。", "secret must be whsec_ followed by the base64 of a 24 to 64 byte key."));
    }
}
