using System.Net;
using CrossRegion.Application.Webhooks.Common;

namespace CrossRegion.UnitTests.Application;

public sealed class WebhookTargetsTests
{
    private static readonly WebhookTargets Defaults = new(new WebhookOptions());

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.254")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.0.1")]
    [InlineData("100.64.0.1")]
    [InlineData("169.254.169.254")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("fe80::1")]
    [InlineData("ff02::1")]
    [InlineData("2002:7f00:1::")]
    [InlineData("64:ff9b::a00:1")]
    public void IsPublic_Should_BeFalse_For_InternalAndReservedAddresses(string address)
    {
        Assert.False(WebhookTargets.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    public void IsPublic_Should_BeTrue_For_PublicAddresses(string address)
    {
        Assert.True(WebhookTargets.IsPublic(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://127.1/")]
    [InlineData("https://0/")]
    [InlineData("https://2130706433/")]
    [InlineData("https://0x7f000001/")]
    [InlineData("https://017700000001/")]
    [InlineData("https://[::ffff:127.0.0.1]/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://ｌｏｃａｌｈｏｓｔ/")]
    [InlineData("https://LOCALHOST./")]
    [InlineData("https://api.localhost/")]
    [InlineData("https://metadata.google.internal/")]
    [InlineData("https://www.localtest.me/")]
    [InlineData("https://127.0.0.1.nip.io/")]
    [InlineData("https://intranet/")]
    [InlineData("https://example.org:8443/")]
    [InlineData("http://example.org/")]
    [InlineData("ftp://example.org/")]
    public void Refusal_Should_RefuseTheUrl_When_ItReachesInsideOrOffThePolicy(string url)
    {
        Assert.NotNull(Defaults.Refusal(url));
    }

    [Theory]
    [InlineData("https://example.org/hook")]
    [InlineData("https://93.184.215.14/hook")]
    [InlineData("https://sc.gov.example.cn:443/hook")]
    public void Refusal_Should_AllowAPublicHttpsUrl(string url)
    {
        Assert.Null(Defaults.Refusal(url));
    }

    [Fact]
    public void MayConnect_Should_AllowAnInternalReceiver_Only_When_TheOperatorListedIt()
    {
        var options = new WebhookOptions();
        options.AllowedInternalTargets.Add("10.20.0.0/24");
        options.AllowedPorts.Add(8443);
        var targets = new WebhookTargets(options);

        Assert.True(targets.MayConnect(IPAddress.Parse("10.20.0.5"), 9000));
        Assert.False(targets.MayConnect(IPAddress.Parse("10.20.1.5"), 443));
        Assert.True(targets.MayConnect(IPAddress.Parse("93.184.215.14"), 8443));
        Assert.False(targets.MayConnect(IPAddress.Parse("93.184.215.14"), 22));
        Assert.Null(targets.Refusal("https://example.org:8443/"));
    }
}
