using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Clients.Common;
using CrossRegion.Application.Clients.CreateApiClient;
using CrossRegion.Application.Clients.DisableClient;
using CrossRegion.Application.Clients.EnableClient;
using CrossRegion.Application.Clients.ListClients;
using CrossRegion.Application.Clients.RegisterSignInClient;
using CrossRegion.Application.Clients.RotateClientSecret;
using CrossRegion.Application.Clients.SigningKey;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// Machine clients (provincial systems), administered: system and joint-office administrators create, disable and
/// rotate every client; a city administrator sees and rotates the secrets of the clients limited to its city.
/// </summary>
internal sealed class AdminClientsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/clients").WithTags("Administration").RequireAuthorization();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListClientsQuery(), ct)))
            .WithName("AdminListClients")
            .WithSummary("The machine clients the caller administers (never their secrets)")
            .WithStandardProblems();
        group.MapPost("/", Create)
            .WithName("AdminCreateClient")
            .WithSummary("Register a machine client (client_id, name, jurisdictions, scopes); the secret is in the answer only")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{clientId}/rotate-secret", async (string clientId, IMediator mediator, CancellationToken ct, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "grace_hours")] int? graceHours = null) =>
                TypedResults.Ok(await mediator.Send(new RotateClientSecretCommand(clientId, graceHours), ct)))
            .WithName("AdminRotateClientSecret")
            .WithSummary("A new secret (shown once); the old one keeps working for grace_hours (default 24, 0–168)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{clientId}/signing-key", async (string clientId, SigningKeyBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetSigningKeyCommand(clientId, body.Algorithm, body.Required), ct)))
            .WithName("AdminSetClientSigningKey")
            .WithSummary("A new key for signed requests (X-App-Key, X-Timestamp, X-Nonce, X-Signature), shown once; a key set before stops at once")
            .WithDescription("algorithm: hmac-sha256 or hmac-sm3. required: the client must sign every request (the token endpoint refuses it). See the README's signed requests section for the canonical string.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{clientId}/signing-key", async (string clientId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RemoveSigningKeyCommand(clientId), ct)))
            .WithName("AdminRemoveClientSigningKey")
            .WithSummary("The client stops signing: its signed requests are refused and it is issued tokens again")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{clientId}/disable", async (string clientId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DisableClientCommand(clientId), ct)))
            .WithName("AdminDisableClient")
            .WithSummary("Stop a machine client: no new tokens; its access tokens are refused within seconds")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{clientId}/enable", async (string clientId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new EnableClientCommand(clientId), ct)))
            .WithName("AdminEnableClient")
            .WithSummary("Let a disabled machine client obtain tokens again")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapPost("/api/v1/admin/sign-in-clients", async (SignInClientBody body, IMediator mediator, CancellationToken ct) =>
            {
                var registered = await mediator.Send(
                    new RegisterSignInClientCommand(body.ClientId, body.Name, body.RedirectUris ?? [], body.PostLogoutRedirectUris ?? [], body.OfflineAccess ?? false), ct);
                return TypedResults.Created($"/api/v1/admin/sign-in-clients/{registered.ClientId}", registered);
            })
            .WithTags("Administration")
            .RequireAuthorization()
            .WithName("AdminRegisterSignInClient")
            .WithSummary("Register another system's browser or native application for the authorization-code flow with PKCE (a public client: client_id, name, redirect_uris, post_logout_redirect_uris, offline_access)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<ApiClientCreatedDto>> Create(ClientBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(new CreateApiClientCommand(body.ClientId, body.Name, body.Jurisdictions ?? [], body.Scopes ?? []), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/clients/{created.ClientId}", created);
    }
}

[CommandRules(typeof(RegisterSignInClientCommand))]
internal sealed record SignInClientBody(
    string? ClientId, string? Name, IReadOnlyList<string>? RedirectUris, IReadOnlyList<string>? PostLogoutRedirectUris, bool? OfflineAccess);

[CommandRules(typeof(CreateApiClientCommand))]
internal sealed record ClientBody(string? ClientId, string? Name, IReadOnlyList<string>? Jurisdictions, IReadOnlyList<string>? Scopes);

/// <param name="Algorithm">hmac-sha256 or hmac-sm3.</param>
/// <param name="Required">Whether the client must sign every request (default false: it may still use tokens).</param>
[CommandRules(typeof(SetSigningKeyCommand))]
internal sealed record SigningKeyBody(string? Algorithm, bool? Required);
