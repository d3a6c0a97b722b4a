using System.Text.Json.Nodes;
using CrossRegion.Api.Errors;
using CrossRegion.Application.Common.Security;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// The reusable pieces of the contract, declared once under <c>components</c>: security schemes, the problem schema
/// the service sends, the request headers it reads, the response headers it writes and the responses every caller
/// can meet (415, 429, 503).
/// </summary>
internal static class ContractComponents
{
    public const string Bearer = "Bearer";
    public const string OAuth = "OAuth2";
    public const string SignedRequest = "SignedRequest";
    public const string Problem = "ProblemDetails";
    public const string AcceptLanguage = "AcceptLanguage";
    public const string IfMatch = "IfMatch";
    public const string IfMatchRequired = "IfMatchRequired";
    public const string IdempotencyKey = "IdempotencyKey";
    public const string IfNoneMatch = "IfNoneMatch";
    public const string NotModified = "NotModified";
    public const string ContentLanguage = "ContentLanguage";
    public const string Location = "Location";
    public const string ETag = "ETag";
    public const string IdempotentReplayed = "IdempotentReplayed";
    public const string RetryAfter = "RetryAfter";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string TooManyRequests = "TooManyRequests";
    public const string ServiceUnavailable = "ServiceUnavailable";

    public static void Declare(OpenApiDocument document)
    {
        var components = document.Components ??= new OpenApiComponents();
        DeclareSecurity(components);
        (components.Schemas ??= new Dictionary<string, IOpenApiSchema>())[Problem] = ProblemSchema();
        DeclareParameters(components);
        DeclareHeaders(components);
        components.Responses ??= new Dictionary<string, IOpenApiResponse>();
        components.Responses[NotModified] = new OpenApiResponse
        {
            Description = "The representation is the one the If-None-Match tag names: nothing is sent again.",
            Headers = new Dictionary<string, IOpenApiHeader> { ["ETag"] = new OpenApiHeaderReference(ETag, document) },
        };
        components.Responses[UnsupportedMediaType] = ProblemResponse(document, "The body is not of a type the operation takes (Content-Type); code `unsupported_media_type`.", retry: false);
        components.Responses[TooManyRequests] = ProblemResponse(document, "Too many requests from this caller in the window; code `too_many_requests`. Retry after the seconds in Retry-After.", retry: true);
        components.Responses[ServiceUnavailable] = ProblemResponse(document, "The database cannot be reached for the moment; code `database_unavailable`. Nothing was changed; retry after the seconds in Retry-After.", retry: true);
    }

    private static void DeclareSecurity(OpenApiComponents components)
    {
        var scopes = new Dictionary<string, string>
        {
            [ScopeNames.LedgerRead] = "Read the ledger, tasks, notices, bulletins and the change feed of the jurisdictions the client is limited to.",
            [ScopeNames.LedgerWrite] = "Report progress and act on tasks as the client's jurisdiction.",
            [ScopeNames.WebhooksManage] = "Manage the client's own webhook subscriptions.",
            [ScopeNames.MetricsRead] = "Scrape /metrics (no task data).",
            [ScopeNames.AssignmentsWrite] = "Hand work down from above and follow it (POST /api/v1/inbound/assignments).",
        };
        var peopleScopes = new Dictionary<string, string>
        {
            ["openid"] = "OpenID Connect sign-in.",
            ["profile"] = "The person's name in the ID token and at /connect/userinfo.",
            ["offline_access"] = "A refresh token.",
        };
        components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from any of the OAuth 2.0 flows (POST /connect/token), or from POST /api/v1/auth/login (people) and POST /api/v1/auth/token (machine clients), kept for existing integrations.",
        };
        components.SecuritySchemes[SignedRequest] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-App-Key",
            Description = "Signed requests for government gateways (machine clients given a signing key): X-App-Key (the client id), X-Timestamp " +
                "(Unix seconds, within ±300 s of the server), X-Nonce (16–64 of A–Z a–z 0–9 - _, never reused) and X-Signature (base64 HMAC-SHA256 or HMAC-SM3 " +
                "with the client's key over METHOD\npath\nsorted query\ntimestamp\nnonce\nhex digest of the body). Refusals: 401 invalid_signature, " +
                "signature_clock_skew, signature_replayed. See the README for a worked example.",
        };
        components.SecuritySchemes[OAuth] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "OAuth 2.0 / OpenID Connect, discovered at /.well-known/openid-configuration. Machine clients use client credentials; other systems' applications sign people in with the authorization code flow and PKCE.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow { TokenUrl = new Uri("/connect/token", UriKind.Relative), Scopes = scopes },
                AuthorizationCode = new OpenApiOAuthFlow
                {
                    AuthorizationUrl = new Uri("/connect/authorize", UriKind.Relative),
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = peopleScopes,
                },
                Password = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connect/token", UriKind.Relative),
                    RefreshUrl = new Uri("/connect/token", UriKind.Relative),
                    Scopes = new Dictionary<string, string>(peopleScopes),
                },
            },
        };
    }

    /// <summary>What <see cref="ProblemWriter"/> sends: RFC 9457 members, the stable code, the trace id and, where they apply, the rest.</summary>
    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem (application/problem+json). Branch on `code` (stable); `title` and `detail` are for people, in the request's language.",
            Required = new HashSet<string> { "type", "title", "status", "code", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri", Description = "The HTTP status's section of RFC 9110." },
                ["title"] = Text("The code's title in the request's language (zh-CN by default, en on request)."),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status code." },
                ["detail"] = Text("What went wrong with this request, in the request's language."),
                ["instance"] = Text("The request's path."),
                ["code"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "Stable machine-readable code: " + string.Join(", ", ProblemCatalog.Codes.Select(c => $"`{c}`")) + ".",
                },
                ["traceId"] = Text("The W3C trace id of the request, as the service's logs and traces carry it; quote it when reporting a problem."),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "With code `validation`: the messages for each field that is invalid, by the field's name in the body or query.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
                ["rule"] = Text("With code `rule_violation` (422) or `conflict` (409): the business rule that refused the request, e.g. `stage.preparation`, `task.key.duplicate`."),
                ["required_action"] = Text("With codes `password_change_required` and `two_factor_enrolment_required`: what the person must do first."),
                ["error"] = Text("On the token endpoints: the OAuth 2.0 error (RFC 6749 §5.2), e.g. `invalid_client`."),
                ["report"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "With code `import_rejected`: the import's report, row by row.",
                    AdditionalPropertiesAllowed = true,
                },
            },
        };
    }

    private static void DeclareParameters(OpenApiComponents components)
    {
        static OpenApiParameter Header(string name, string description, string example, bool required = false, int? maxLength = null) => new()
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = required,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
            Example = JsonValue.Create(example),
        };
        const string ifMatch = "The ETag of the representation read (a strong tag: `\"7\"` from a write's answer, `\"7-3fa9c1d2e4b5\"` from a read's; the version is before the dash), or `*` for whatever version is current. A write against a version that moved on is refused with 412, as is a weak tag.";
        components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
        components.Parameters[AcceptLanguage] = Header(
            "Accept-Language",
            "The language of messages, titles and problem details: `zh-CN` (default) or `en`. Data keeps its Chinese official names and English working names whichever is asked.",
            "en");
        components.Parameters[IfMatch] = Header("If-Match", ifMatch + " Optional here: without it the write applies to the current version.", "\"7\"");
        components.Parameters[IfMatchRequired] = Header("If-Match", ifMatch + " Required here: 428 without it.", "\"7\"", required: true);
        components.Parameters[IfNoneMatch] = Header(
            "If-None-Match",
            "The ETag of the representation last read: 304 with no body when it is still the same (every JSON read is tagged with its version, when it has one, and a digest of what was sent).",
            "\"7-3fa9c1d2e4b5\"");
        components.Parameters[IdempotencyKey] = Header(
            "Idempotency-Key",
            "Makes a retry safe: a repeat with the same key and body gets the first response again (Idempotent-Replayed: true) and creates nothing; the same key with another body is refused (422). At most 200 characters; kept per caller.",
            "5f0c8a4e-2b1d-4c9a-9e7f-1a2b3c4d5e6f",
            maxLength: 200);
    }

    private static void DeclareHeaders(OpenApiComponents components)
    {
        static OpenApiHeader Header(string description, JsonNode example, JsonSchemaType type = JsonSchemaType.String) =>
            new() { Description = description, Schema = new OpenApiSchema { Type = type }, Example = example };
        components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        components.Headers[ContentLanguage] = Header("The language the messages of the response are in: `zh-CN` or `en`.", JsonValue.Create("zh-CN"));
        components.Headers[Location] = Header("The address of what was created.", JsonValue.Create("/api/v1/tasks/WDK-2026-001"));
        components.Headers[ETag] = Header("A strong tag: a write's answer carries the resource's version (`\"7\"`), a read's the version and a digest of the body (`\"7-3fa9c1d2e4b5\"`, the digest alone for what has no version). Send it back in If-Match to change the resource, or in If-None-Match to read it only when it changed.", JsonValue.Create("\"7-3fa9c1d2e4b5\""));
        components.Headers[IdempotentReplayed] = Header("`true` when this is the stored response of an earlier request with the same Idempotency-Key.", JsonValue.Create("true"));
        components.Headers[RetryAfter] = Header("Seconds to wait before retrying.", JsonValue.Create(30), JsonSchemaType.Integer);
    }

    private static OpenApiResponse ProblemResponse(OpenApiDocument document, string description, bool retry)
    {
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, document) },
            },
            Headers = new Dictionary<string, IOpenApiHeader> { ["Content-Language"] = new OpenApiHeaderReference(ContentLanguage, document) },
        };
        if (retry)
        {
            response.Headers["Retry-After"] = new OpenApiHeaderReference(RetryAfter, document);
        }

        return response;
    }
}
