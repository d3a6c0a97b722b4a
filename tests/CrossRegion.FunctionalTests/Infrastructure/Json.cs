using System.Text.Json;

namespace CrossRegion.FunctionalTests.Infrastructure;

public static class Json
{
    /// <summary>The API's wire format: snake_case names.</summary>
    public static readonly JsonSerializerOptions Snake = new(JsonSerializerDefaults.Web) { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Task<HttpResponseMessage> PostSnakeAsync<T>(this HttpClient client, string path, T body)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.PostAsync(path, System.Net.Http.Json.JsonContent.Create(body, options: Snake));
    }

    /// <summary>PUT in the API's wire format, naming the version read in If-Match when given.</summary>
    public static Task<HttpResponseMessage> PutSnakeAsync<T>(this HttpClient client, string path, T body, string? ifMatch = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = System.Net.Http.Json.JsonContent.Create(body, options: Snake) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await ReadAsync(response);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("traceId").GetString()));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("title").GetString()));
        Assert.False(body.TryGetProperty("trace_id", out _));
        return body;
    }
}
