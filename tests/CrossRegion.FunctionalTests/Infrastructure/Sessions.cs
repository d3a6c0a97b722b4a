using System.Net;

namespace CrossRegion.FunctionalTests.Infrastructure;

public static class Sessions
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    /// <summary>Refused with invalid_token within a few seconds (the session check is cached for one second in tests).</summary>
    public static async Task RefusedWithinAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var until = DateTime.UtcNow + Within;
        HttpResponseMessage response;
        do
        {
            response = await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                break;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < until);

        Assert.Equal("invalid_token", (await Json.ProblemAsync(response, 401)).GetProperty("code").GetString());
    }

    /// <summary>Holds within the same few seconds (a check repeated until it does).</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var until = DateTime.UtcNow + Within;
        while (!await check())
        {
            Assert.True(DateTime.UtcNow < until, "The condition did not hold within the session check's time.");
            await Task.Delay(200);
        }
    }
}
