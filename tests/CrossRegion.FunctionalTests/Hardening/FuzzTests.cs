using System.Collections.Concurrent;
using CrossRegion.FunctionalTests.Infrastructure;
using Xunit.Abstractions;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>
/// Walks every operation of the OpenAPI document with about 3,000 generated bad requests (seeded, bounded), as the
/// joint office, an administrator, a city officer and nobody, on a host of its own. Not one may answer 5xx, and
/// every 4xx must be application/problem+json — except the OAuth endpoints (<c>/connect/*</c>), whose errors RFC 6749
/// §5.2 and RFC 7009/7662 fix as application/json with an <c>error</c> member, which standard clients read.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261129;
    private const int PerOperation = 50;
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task EveryOperation_Should_AnswerBadInputWithAProblem_And_NeverWith5xx()
    {
        var document = await Json.ReadAsync(await (await _factory.ClientForAsync("sys.admin")).GetAsync("/openapi/v1.json"));
        HttpClient[] callers =
        [
            await _factory.ClientForAsync("joint.office"), await _factory.ClientForAsync("sys.admin"),
            await _factory.ClientForAsync("dz.transport"), _factory.CreateClient(),
        ];
        var requests = new OpenApiFuzzer(document, Seed).Requests(PerOperation).ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();

        await Parallel.ForEachAsync(requests.Select((r, i) => (r, i)), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (item, ct) =>
        {
            using var message = item.r.ToMessage();
            HttpResponseMessage response;
            try
            {
                response = await callers[item.i % callers.Length].SendAsync(message, ct);
            }
            catch (HttpRequestException e)
            {
                failures.Add($"no answer ({e.Message}) ← {item.r}");
                return;
            }

            using var answered = response;
            var status = (int)response.StatusCode;
            statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500 || (status >= 400 && type != "application/problem+json" && !await IsOAuthErrorAsync(item.r.ToString(), response)))
            {
                failures.Add($"{status} {type} ← {item.r}");
            }
        });

        output.WriteLine($"{requests.Count} requests: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key} × {s.Value}")));
        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        Assert.True(requests.Count >= 3000, $"{requests.Count} requests");
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers:\n" + string.Join('\n', failures.Take(40)));
    }

    private static async Task<bool> IsOAuthErrorAsync(string request, HttpResponseMessage response)
    {
        if (!request.Contains(" /connect/", StringComparison.Ordinal) || response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return false;
        }

        var body = await Json.ReadAsync(response);
        return body.TryGetProperty("error", out var error) && error.GetString() is { Length: > 0 };
    }

    [Fact]
    public async Task Server_Should_RefuseAnEncodedNulInThePath_BeforeTheApplication()
    {
        var client = await _factory.ClientForAsync("joint.office");

        var response = await client.GetAsync(new Uri("/api/v1/tasks/WDK%00-2023-05", UriKind.Relative));

        // Kestrel's own protocol-level refusal (docs/security.md): a bare 400, no application code, nothing stored.
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/api/v1/tasks/WDK-2023-05")).StatusCode);
    }

    [Fact]
    public async Task Service_Should_Answer414Problem_When_TheUriIsOverItsLimit()
    {
        var client = await _factory.ClientForAsync("joint.office");

        var response = await client.GetAsync("/api/v1/tasks?q=" + new string('q', 20_000));

        Assert.Equal("uri_too_long", (await Json.ProblemAsync(response, 414)).GetProperty("code").GetString());
    }
}
