using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Clients.RegisterSignInClient;

public sealed class RegisterSignInClientCommandValidator : AbstractValidator<RegisterSignInClientCommand>
{
    public RegisterSignInClientCommandValidator()
    {
        RuleFor(c => c.ClientId).AccountName();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(128);
        RuleFor(c => c.RedirectUris).NotEmpty();
        RuleForEach(c => c.RedirectUris).Must(Acceptable).WithMessage(_ => Message);
        RuleForEach(c => c.PostLogoutRedirectUris).Must(Acceptable).WithMessage(_ => Message);
    }

    private static string Message => Localized.Text(
        "回调地址须为 https 地址、本机（127.0.0.1 / localhost）的 http 地址，或原生应用的私有协议地址（如 gov.wanzhou.app:/callback），且不含片段。",
        "A redirect address must be https, http on loopback (127.0.0.1 / localhost), or a native app's private-use scheme (e.g. gov.wanzhou.app:/callback), without a fragment.");

    // RFC 8252 for native apps (loopback, private-use schemes with a dot); https for the rest.
    private static bool Acceptable(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var address) && string.IsNullOrEmpty(address.Fragment) && uri!.Length <= 512
        && (address.Scheme == Uri.UriSchemeHttps
            || (address.Scheme == Uri.UriSchemeHttp && address.IsLoopback)
            || (address.Scheme.Contains('.', StringComparison.Ordinal) && address.Scheme is not ("javascript" or "data" or "file")));
}
