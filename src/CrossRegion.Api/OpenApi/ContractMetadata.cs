using CrossRegion.Api.Endpoints;

namespace CrossRegion.Api.OpenApi;

/// <summary>The endpoint reads <c>If-Match</c>: always (<see cref="Required"/>, 428 without it) or when the caller gives it.</summary>
internal sealed record IfMatchMetadata(bool Required);

/// <summary>The endpoint checks the access token itself (OpenIddict's userinfo): secured, though not by the authorization middleware.</summary>
internal sealed record AccessTokenMetadata;

/// <summary>The endpoint honours <c>Idempotency-Key</c> (<see cref="IdempotencyFilter"/>).</summary>
internal sealed record IdempotencyMetadata;

/// <summary>
/// Declares on an endpoint the request headers it reads, so that the OpenAPI document says what the service does
/// (<see cref="ContractOperationTransformer"/> turns them into parameters, responses and response headers).
/// </summary>
internal static class ContractMetadata
{
    /// <summary>If-Match with the revision read: 412 when another came first, and 428 without it when required.</summary>
    public static RouteHandlerBuilder WithIfMatch(this RouteHandlerBuilder builder, bool required)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.WithMetadata(new IfMatchMetadata(required)).ProducesProblem(StatusCodes.Status412PreconditionFailed);
        return required ? builder.ProducesProblem(StatusCodes.Status428PreconditionRequired) : builder;
    }

    /// <summary>The endpoint takes a bearer access token that its own handler checks (401 without a valid one).</summary>
    public static RouteHandlerBuilder WithAccessToken(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new AccessTokenMetadata());

    /// <summary>Idempotency-Key makes a retry safe: the first response is replayed (Idempotent-Replayed: true).</summary>
    public static RouteHandlerBuilder WithIdempotencyKey(this RouteHandlerBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter<IdempotencyFilter>().WithMetadata(new IdempotencyMetadata())
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
