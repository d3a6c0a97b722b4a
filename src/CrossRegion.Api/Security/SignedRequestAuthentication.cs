using System.Security.Claims;
using System.Text.Encodings.Web;
using CrossRegion.Api.Errors;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Identity.Signing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CrossRegion.Api.Security;

/// <summary>
/// Signed requests for government gateways (ADR 0028): a request with <c>X-App-Key</c> is authenticated by its
/// signature instead of a bearer token, and then acts as that machine client (its jurisdictions and scopes), exactly as
/// the client's token would. A refused signature answers 401 with the reason's code (invalid_signature,
/// signature_clock_skew, signature_replayed).
/// </summary>
internal sealed class SignedRequestAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "signature";

    private const string RefusalItem = "CrossRegion.SignatureRefusal";

    public static bool IsSigned(HttpRequest request) => request.Headers.ContainsKey(SignedRequests.AppKeyHeader);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsSigned(Request))
        {
            return AuthenticateResult.NoResult();
        }

        // The signature covers the body's digest: read it once, and leave it readable for the endpoint.
        Request.EnableBuffering();
        using var copy = new MemoryStream();
        await Request.Body.CopyToAsync(copy, Context.RequestAborted);
        Request.Body.Position = 0;

        var query = Request.Query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)));
        var outcome = await Context.RequestServices.GetRequiredService<SignedRequests>().VerifyAsync(
            Request.Headers[SignedRequests.AppKeyHeader].ToString(),
            Request.Headers[SignedRequests.TimestampHeader].FirstOrDefault(),
            Request.Headers[SignedRequests.NonceHeader].FirstOrDefault(),
            Request.Headers[SignedRequests.SignatureHeader].FirstOrDefault(),
            Request.Method,
            (Request.PathBase + Request.Path).ToUriComponent(),
            query,
            copy.ToArray(),
            Context.RequestAborted);
        if (outcome.Client is not { } client)
        {
            Context.Items[RefusalItem] = outcome;
            return AuthenticateResult.Fail(outcome.Message ?? "The signature is not valid.");
        }

        var identity = SubjectClaims.Identity(TokenSubjects.Client(client, client.ScopeList), SchemeName);
        identity.AddClaim(new Claim(CrossRegionClaims.Scope, string.Join(' ', client.ScopeList)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var refusal = Context.Items[RefusalItem] as SignedRequestOutcome;
        Response.Headers.WWWAuthenticate = refusal is null ? "Signature" : $"Signature error=\"{refusal.Code}\"";
        return ProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, refusal?.Code ?? "unauthenticated", refusal?.Message);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "forbidden");
}
