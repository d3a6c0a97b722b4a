using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// Per operation, what the endpoint's metadata says the service does: who may call it (the bearer token or OAuth 2.0,
/// or nobody for the public sign-in operations: <c>security: []</c>), the request headers it reads (Accept-Language
/// everywhere, If-Match, Idempotency-Key) and the responses every caller can meet (415 for a body of another type,
/// 429 where a rate limit applies (a machine client's budget per minute on every authenticated operation), 503 while the database is unreachable, each with Retry-After).
/// </summary>
internal sealed class ContractOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        operation.Security ??= [];
        var authenticated = (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()) || metadata.OfType<AccessTokenMetadata>().Any();
        if (authenticated)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ContractComponents.Bearer, document)] = [] });
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ContractComponents.OAuth, document)] = [] });
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ContractComponents.SignedRequest, document)] = [] });
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameterReference(ContractComponents.AcceptLanguage, document));
        if (metadata.OfType<IfMatchMetadata>().LastOrDefault() is { } ifMatch)
        {
            operation.Parameters.Add(new OpenApiParameterReference(ifMatch.Required ? ContractComponents.IfMatchRequired : ContractComponents.IfMatch, document));
        }

        var idempotent = metadata.OfType<IdempotencyMetadata>().Any();
        if (idempotent)
        {
            operation.Parameters.Add(new OpenApiParameterReference(ContractComponents.IdempotencyKey, document));
        }

        operation.Responses ??= [];
        var reads = context.Description.HttpMethod == HttpMethods.Get && operation.Responses.TryGetValue("200", out var ok)
            && (ok.Content?.ContainsKey("application/json") ?? false);
        if (reads)
        {
            operation.Parameters.Add(new OpenApiParameterReference(ContractComponents.IfNoneMatch, document));
            operation.Responses["304"] = new OpenApiResponseReference(ContractComponents.NotModified, document);
        }

        foreach (var (status, response) in operation.Responses.ToList())
        {
            if (status.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["Content-Language"] = new OpenApiHeaderReference(ContractComponents.ContentLanguage, document);
                if (status == "201")
                {
                    success.Headers["Location"] = new OpenApiHeaderReference(ContractComponents.Location, document);
                }

                if (idempotent)
                {
                    success.Headers[Endpoints.IdempotencyFilter.ReplayedHeader] = new OpenApiHeaderReference(ContractComponents.IdempotentReplayed, document);
                }
            }
        }

        if (operation.RequestBody is not null)
        {
            operation.Responses.TryAdd("415", new OpenApiResponseReference(ContractComponents.UnsupportedMediaType, document));
        }

        // A machine client's requests count against its budget per minute wherever it may call.
        if (authenticated || metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            operation.Responses["429"] = new OpenApiResponseReference(ContractComponents.TooManyRequests, document);
        }

        operation.Responses["503"] = new OpenApiResponseReference(ContractComponents.ServiceUnavailable, document);
        return Task.CompletedTask;
    }
}
