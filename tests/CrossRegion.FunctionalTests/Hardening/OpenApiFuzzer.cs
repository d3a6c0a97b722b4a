using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// Bad requests for every operation of the service's own OpenAPI document, from a seeded generator: wrong types,
/// huge strings, control and bidi characters, invalid dates and ids, SQL and LIKE metacharacters, malformed and
/// wrongly typed bodies, wrong content types. Deterministic for a seed, so a failure can be replayed.
/// </summary>
internal sealed class OpenApiFuzzer(JsonElement document, int seed)
{
    private static readonly string[] BadStrings =
    [
        "", " ", "\u0000", "a\u0000b", "\u001b[31m", "\u202Eevil", "'; DROP TABLE \"Tasks\"; --", "%", "_", "%_%\\", "\\", "\"",
        "<script>alert(1)</script>", "../../etc/passwd", "🙂🙂", "𠀀", "null", "-1", "0", "99999999999999999999", "1e309", "NaN",
        "2023-13-45", "2023-02-30", "0000-00-00", "9999-99", "not-a-guid", "00000000-0000-0000-0000-000000000000", "=1+1", "\uFFFF", "\uD800",
    ];

    // An encoded NUL in the path itself is refused by the HTTP server before any application code runs (FuzzTests has
    // a test of its own for that); everywhere else (query, body) it reaches the service and must get a problem.
    private static readonly string[] BadPathValues =
    [
        "%2500", "%E2%80%AE", "%1B%5B31m", "'%3B--", "%25", "..%2F..", "%F0%9F%99%82", "-1", "99999999999999999999", "not-a-guid",
        "00000000-0000-0000-0000-000000000000", "%20", "WDK-2023-05", "x%0D%0AInjected:%20yes",
    ];

    private static readonly string[] BadJson =
    [
        "", "null", "[]", "{}", "\"text\"", "42", "{", "{\"a\":}", "not json", "{\"a\":1,\"a\":2}", new string('[', 200) + new string(']', 200),
        "{\"key\":\"\\u0000\"}", "\u00EF\u00BB\u00BF{}",
    ];

    private static readonly string[] BadHeaderValues =
    [
        "", "*", "W/\"1\"", "\"abc\"", "\"99999999999999999999\"", "\"-1\"", "\"1\", W/\"2\"", "garbage", "\"", "en;q=abc", "xx-YY-zz",
        "*;q=0", new string('k', 300), "'; DROP TABLE tasks; --",
    ];

    private static readonly string[] WrongContentTypes =
        ["text/plain", "application/xml", "multipart/form-data", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "text/csv"];

    private readonly Random _random = new(seed);
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public IEnumerable<FuzzRequest> Requests(int perOperation)
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                for (var i = 0; i < perOperation; i++)
                {
                    yield return Build(path.Name, operation.Name.ToUpperInvariant(), operation.Value, i);
                }
            }
        }
    }

    private FuzzRequest Build(string template, string method, JsonElement operation, int variant)
    {
        var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().Select(ResolveParameter).ToList() : [];
        var path = template;
        foreach (var parameter in parameters.Where(x => x.GetProperty("in").GetString() == "path"))
        {
            path = path.Replace("{" + parameter.GetProperty("name").GetString() + "}", Pick(BadPathValues), StringComparison.Ordinal);
        }

        var query = parameters.Where(x => x.GetProperty("in").GetString() == "query" && _random.Next(2) == 0)
            .Select(x => $"{x.GetProperty("name").GetString()}={Uri.EscapeDataString(BadValue(x.GetProperty("schema")))}")
            .ToList();
        var url = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        var headers = parameters.Where(x => x.GetProperty("in").GetString() == "header" && _random.Next(2) == 0)
            .ToDictionary(x => x.GetProperty("name").GetString()!, x => Pick(BadHeaderValues));
        var contentTypes = operation.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").EnumerateObject().ToList() : [];
        if (contentTypes.Count == 0)
        {
            return new FuzzRequest(method, url, null, null, headers);
        }

        var (text, type) = (variant % 4) switch
        {
            0 => (Pick(BadJson), "application/json"),
            1 => (BodyText(contentTypes[0].Value.GetProperty("schema")), "application/json"),
            2 => (BodyText(contentTypes[0].Value.GetProperty("schema")), Pick(WrongContentTypes)),
            _ => (BodyText(contentTypes[0].Value.GetProperty("schema")), contentTypes[0].Name),
        };
        return new FuzzRequest(method, url, text, type, headers);
    }

    // The document declares shared headers (Accept-Language, If-Match, Idempotency-Key) once, under components.
    private JsonElement ResolveParameter(JsonElement parameter) =>
        parameter.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("parameters").GetProperty(reference.GetString()!.Split('/')[^1])
            : parameter;

    private string BodyText(JsonElement schema) => Mutated(schema)?.ToJsonString() ?? "null";

    // A body shaped like the schema, with a bad value where each value goes (or a wrong type, or nothing).
    private JsonNode? Mutated(JsonElement schema, int depth = 0)
    {
        schema = Resolve(schema);
        if (depth > 4 || _random.Next(8) == 0)
        {
            return WrongType();
        }

        if (schema.TryGetProperty("properties", out var properties))
        {
            var node = new JsonObject();
            foreach (var property in properties.EnumerateObject().Where(_ => _random.Next(5) > 0))
            {
                node[property.Name] = Mutated(property.Value, depth + 1);
            }

            return node;
        }

        return Types(schema) switch
        {
            var t when t.Contains("array") => new JsonArray(Enumerable.Range(0, _random.Next(3)).Select(_ => Mutated(schema.TryGetProperty("items", out var items) ? items : default, depth + 1)).ToArray()),
            var t when t.Contains("integer") || t.Contains("number") => Pick<JsonNode?>([JsonValue.Create(-1), JsonValue.Create(long.MaxValue), JsonValue.Create(1e300), JsonValue.Create("12abc"), JsonValue.Create(0)]),
            var t when t.Contains("boolean") => Pick<JsonNode?>([JsonValue.Create("yes"), JsonValue.Create(1), null]),
            _ => JsonValue.Create(_random.Next(6) == 0 ? new string('长', 10_000) : Pick(BadStrings)),
        };
    }

    private JsonNode? WrongType() =>
        Pick<JsonNode?>([null, JsonValue.Create(42), JsonValue.Create("x"), new JsonArray(), new JsonObject(), JsonValue.Create(true)]);

    private string BadValue(JsonElement schema)
    {
        var types = Types(Resolve(schema));
        return types.Contains("integer") || types.Contains("boolean")
            ? Pick(["abc", "-1", "1.5", "99999999999999999999", "", "%00", "true"])
            : _random.Next(10) == 0 ? new string('q', 3000) : Pick(BadStrings);
    }

    private JsonElement Resolve(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return schema;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Resolve(_schemas.GetProperty(reference.GetString()!.Split('/')[^1]));
        }

        return schema.TryGetProperty("oneOf", out var oneOf)
            ? Resolve(oneOf.EnumerateArray().Last())
            : schema;
    }

    private static HashSet<string> Types(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var type)
            ? type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet() : [type.GetString()!]
            : [];

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}

/// <summary>One generated request.</summary>
internal sealed record FuzzRequest(string Method, string Url, string? Body, string? ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(Url, UriKind.Relative));
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(ContentType!);

            // As clients send bodies: a refused one (413 on an 8 KB sign-in) is answered before it is sent, instead of
            // the server closing the connection under a client that is still writing.
            message.Headers.ExpectContinue = true;
        }

        return message;
    }

    public override string ToString() =>
        $"{Method} {Url} [{ContentType}] {string.Join(' ', (Headers ?? new Dictionary<string, string>()).Select(h => $"{h.Key}: {h.Value}"))} {(Body is { Length: > 200 } ? Body[..200] + "…" : Body)}";
}
