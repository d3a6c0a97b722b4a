using CrossRegion.Application.Auth.Common;

namespace CrossRegion.UnitTests.Application;

public sealed class LoginDelayTests
{
    [Fact]
    public void LoginDelay_Should_BeFreeForFiveFailures_ThenDoubleUpToTheCap()
    {
        var policy = new AuthOptions { FreeFailedLogins = 5, FirstLoginDelaySeconds = 2, MaxLoginDelayMinutes = 15 };

        var delays = Enumerable.Range(0, 16).Select(policy.LoginDelay).ToList();

        Assert.All(delays.Take(5), d => Assert.Null(d));
        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900], delays.Skip(5).Select(d => d!.Value.TotalSeconds));
        Assert.Equal(TimeSpan.FromMinutes(15), policy.LoginDelay(10_000));
    }
}
