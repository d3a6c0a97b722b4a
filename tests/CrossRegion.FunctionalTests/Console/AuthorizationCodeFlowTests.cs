using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using CrossRegion.FunctionalTests.Infrastructure;
using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Browser;
using Duende.IdentityModel.OidcClient.Results;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Playwright;
using IBrowser = Duende.IdentityModel.OidcClient.Browser.IBrowser;

namespace CrossRegion.FunctionalTests.Console;

/// <summary>
/// Another system's native application signs a person in with the authorization-code flow and PKCE, driven by a
/// standard client library (Duende OidcClient) through a real browser on the console's sign-in page.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationCodeFlowTests(ApiFactory factory, ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    // A free loopback port per run: where the native app listens for the browser's return (RFC 8252 §7.3).
    private static readonly string Callback = $"http://127.0.0.1:{FreePort()}/callback";

    [Fact]
    public async Task NativeApp_Should_SignAPersonIn_WithPkce_AndActWithTheirVisibility()
    {
        var site = factory.CreateClient().BaseAddress!;
        var clientId = await RegisterAsync(offline: true);
        await using var context = await browser.ContextAsync(site);
        var oidc = Client(site, clientId, new ConsoleSignInPage(context, "dz.transport", Callback), "openid profile ledger.read offline_access");

        var login = await oidc.LoginAsync();

        Assert.False(login.IsError, login.Error);
        Assert.Equal("dz.transport", login.User.FindFirst("name")?.Value);
        var api = factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        var me = await Json.ReadAsync(await api.GetAsync("/api/v1/me"));
        Assert.Equal("dz.transport", me.GetProperty("username").GetString());
        // The scopes the app asked for, not every scope the person holds: reading, not writing.
        var scopes = me.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.Contains("ledger.read", scopes);
        Assert.DoesNotContain("ledger.write", scopes);

        // The person's visibility, not more: a task Dazhou is no party to is not found with this token either.
        var hidden = await HiddenFromDazhouAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/tasks/{hidden}")).StatusCode);

        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken);
        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
    }

    [Fact]
    public async Task Authorize_Should_RefuseACodeWithoutItsVerifier_And_AnUnregisteredRedirect()
    {
        var site = factory.CreateClient().BaseAddress!;
        var clientId = await RegisterAsync(offline: false);
        await using var context = await browser.ContextAsync(site);
        var page = await context.NewPageAsync();
        await ConsolePages.SignInAsync(page, "kz.transport");

        // Without a code challenge (PKCE is required): an error, no code.
        var noPkce = await page.GotoAsync($"/connect/authorize?client_id={clientId}&response_type=code&scope=openid&redirect_uri={Uri.EscapeDataString(Callback)}");
        Assert.Equal(400, noPkce!.Status);

        // A redirect address the client did not register: refused, the browser is not sent there.
        var elsewhere = await page.GotoAsync(
            $"/connect/authorize?client_id={clientId}&response_type=code&scope=openid&code_challenge=abcdefghijabcdefghijabcdefghijabcdefghij123&code_challenge_method=S256" +
            $"&redirect_uri={Uri.EscapeDataString("https://evil.example/callback")}");
        Assert.Equal(400, elsewhere!.Status);
        Assert.Equal(site.Authority, new Uri(page.Url).Authority);
    }

    private async Task<string> RegisterAsync(bool offline)
    {
        var admin = await factory.ClientForAsync("sys.admin");
        var clientId = "province.app." + Guid.NewGuid().ToString("N")[..8];
        var registered = await admin.PostAsJsonAsync("/api/v1/admin/sign-in-clients", new
        {
            client_id = clientId, name = "川东北政务服务 App", redirect_uris = new[] { Callback }, post_logout_redirect_uris = Array.Empty<string>(),
            offline_access = offline,
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return clientId;
    }

    private static OidcClient Client(Uri site, string clientId, IBrowser browser, string scope) => new(new OidcClientOptions
    {
        Authority = site.ToString().TrimEnd('/'),
        ClientId = clientId,
        RedirectUri = Callback,
        Scope = scope,
        Browser = browser,
        IdentityTokenValidator = new PublishedKeysValidator(),
        Policy = { Discovery = { RequireHttps = false } },
    });

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task<string> HiddenFromDazhouAsync()
    {
        var dazhou = await factory.ClientForAsync("dz.transport");
        var admin = await factory.ClientForAsync("sys.admin");
        var all = await Json.ReadAsync(await admin.GetAsync("/api/v1/tasks?limit=200"));
        foreach (var key in all.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()!))
        {
            if ((await dazhou.GetAsync($"/api/v1/tasks/{key}")).StatusCode == HttpStatusCode.NotFound)
            {
                return key;
            }
        }

        throw new InvalidOperationException("Dazhou sees every task: the test needs one it does not.");
    }

    /// <summary>
    /// The native app's side of RFC 8252: a loopback listener at its redirect address, and the "system browser" (the
    /// console's sign-in page in Chromium) whose visit to that address carries the code back.
    /// </summary>
    private sealed class ConsoleSignInPage(IBrowserContext context, string user, string callback) : IBrowser
    {
        public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
        {
            using var listener = new HttpListener();
            listener.Prefixes.Add(callback.TrimEnd('/') + "/");
            listener.Start();
            var arrival = listener.GetContextAsync();

            var page = await context.NewPageAsync();
            await page.GotoAsync(options.StartUrl);
            await page.FillAsync("#username", user);
            await page.FillAsync("#password", ConsolePages.Password);
            await page.ClickAsync("button[type=submit]");

            var done = await Task.WhenAny(arrival, Task.Delay(TimeSpan.FromSeconds(15), cancellationToken));
            if (done != arrival)
            {
                return new BrowserResult { ResultType = BrowserResultType.Timeout, Error = $"No callback; the browser is at {page.Url}" };
            }

            var request = await arrival;
            var body = System.Text.Encoding.UTF8.GetBytes("<p>signed in</p>");
            request.Response.ContentType = "text/html";
            await request.Response.OutputStream.WriteAsync(body, cancellationToken);
            request.Response.Close();
            return new BrowserResult { ResultType = BrowserResultType.Success, Response = request.Request.Url!.ToString() };
        }
    }

    /// <summary>Checks the id_token as a relying party must: the published keys, the issuer, the client as audience, the lifetime.</summary>
    private sealed class PublishedKeysValidator : IIdentityTokenValidator
    {
        public async Task<IdentityTokenValidationResult> ValidateAsync(string identityToken, OidcClientOptions options, CancellationToken cancellationToken = default)
        {
            var keys = options.ProviderInformation.KeySet.Keys
                .Select(k => new Microsoft.IdentityModel.Tokens.JsonWebKey { Kty = k.Kty, N = k.N, E = k.E, Kid = k.Kid })
                .ToList();
            var result = await new JsonWebTokenHandler().ValidateTokenAsync(identityToken, new TokenValidationParameters
            {
                ValidIssuer = options.ProviderInformation.IssuerName,
                ValidAudience = options.ClientId,
                IssuerSigningKeys = keys,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            });
            return result.IsValid
                ? new IdentityTokenValidationResult { User = new ClaimsPrincipal(result.ClaimsIdentity), SignatureAlgorithm = SecurityAlgorithms.RsaSha256 }
                : new IdentityTokenValidationResult { Error = result.Exception?.Message ?? "invalid id_token" };
        }
    }
}
