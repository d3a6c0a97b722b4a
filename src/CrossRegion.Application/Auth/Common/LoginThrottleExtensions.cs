using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Auth.Common;

public static class LoginThrottleExtensions
{
    /// <summary>429 with Retry-After while this client must wait before proving who <paramref name="userName"/> is again.</summary>
    public static async Task EnsureMayTryAsync(this ILoginThrottle throttle, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(throttle);
        if (await throttle.WaitAsync(userName, cancellationToken) is { } wait)
        {
            throw new TooManyAttemptsException(Localized.Text(
                "失败次数过多，请稍后再试。", "Too many failed attempts from here; wait before trying again."), wait);
        }
    }
}
