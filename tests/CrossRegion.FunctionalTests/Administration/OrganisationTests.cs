using System.Net;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;

namespace CrossRegion.FunctionalTests.Administration;

/// <summary>
/// Organisations above and beside the cities (国家发展改革委, 国铁集团 …) are catalogue entries, not tenants: a task names
/// them as lead unit, addressee or party, and an account of one sees only the tasks that name it — never the whole
/// ledger as a general observer does.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OrganisationTests(ApiFactory factory)
{
    private const string Password = "Railway#Support2026";

    [Fact]
    public async Task OrganisationObserver_Should_SeeOnlyTheTasksNamingIt()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = CreateTaskTests.NewKey();
        Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/tasks", CreateTaskTests.Task(key))).StatusCode);
        var named = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/organisations", key, new { organisation = "CHINA-RAILWAY", relation = "addressee" });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        Assert.Equal("国铁集团", (await Json.ReadAsync(named)).GetProperty("organisations")[0].GetProperty("name_zh").GetString());
        var system = await factory.ClientForAsync("sys.admin");
        var name = "t.cr" + Guid.NewGuid().ToString("N")[..8];
        var created = await system.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = name, display_name = "国铁集团 联络员", roles = new[] { "observer" }, organisation = "CHINA-RAILWAY", initial_password = Password,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var person = await factory.ClientForAsync(name, Password);
        Assert.Equal(HttpStatusCode.NoContent, (await person.PostAsJsonAsync("/api/v1/me/password", new { current_password = Password, new_password = "Railway#Support2027" })).StatusCode);
        var railway = await factory.ClientForAsync(name, "Railway#Support2027");

        var ledger = await Json.ReadAsync(await railway.GetAsync("/api/v1/tasks?limit=200"));

        Assert.Equal([key], ledger.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await railway.GetAsync($"/api/v1/tasks/{key}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await railway.GetAsync("/api/v1/tasks/WDK-2023-01")).StatusCode);
        await Json.ProblemAsync(await railway.PostAsJsonAsync($"/api/v1/tasks/{key}/comments", new { text = "x" }), 403);
        var observer = await factory.ClientForAsync("province.observer");
        Assert.Equal(HttpStatusCode.OK, (await observer.GetAsync("/api/v1/tasks/WDK-2023-01")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/organisations/CHINA-RAILWAY/addressee", key)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await railway.GetAsync($"/api/v1/tasks/{key}")).StatusCode);
    }

    [Fact]
    public async Task Naming_Should_AnswerClearProblems()
    {
        var office = await factory.ClientForAsync("joint.office");
        var key = CreateTaskTests.NewKey();
        Assert.Equal(HttpStatusCode.Created, (await office.PostSnakeAsync("/api/v1/tasks", CreateTaskTests.Task(key))).StatusCode);

        var unknown = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/organisations", key, new { organisation = "NOBODY", relation = "lead_unit" });
        Assert.Equal(HttpStatusCode.OK, (await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/organisations", key, new { organisation = "NDRC", relation = "addressee" })).StatusCode);
        var twice = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/organisations", key, new { organisation = "NDRC", relation = "addressee" });
        var notNamed = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/organisations/NDRC/lead_unit", key);
        var officer = await factory.ClientForAsync("wz.transport");

        Assert.True((await Json.ProblemAsync(unknown, 400)).GetProperty("errors").TryGetProperty("organisation", out _));
        Assert.Equal("organisation.duplicate", (await Json.ProblemAsync(twice, 409)).GetProperty("rule").GetString());
        Assert.Equal("organisation.not_named", (await Json.ProblemAsync(notNamed, 422)).GetProperty("rule").GetString());
        await Json.ProblemAsync(await Send(officer, HttpMethod.Post, $"/api/v1/tasks/{key}/organisations", key, new { organisation = "MOT", relation = "party" }), 403);
        var system = await factory.ClientForAsync("sys.admin");
        var cityRole = await system.PostAsJsonAsync("/api/v1/admin/users", new
        {
            username = "t.org" + Guid.NewGuid().ToString("N")[..8], display_name = "x", jurisdiction = "WZ", roles = new[] { "city_coordinator" }, organisation = "NDRC",
        });
        Assert.Equal("user.organisation", (await Json.ProblemAsync(cityRole, 422)).GetProperty("rule").GetString());
        var catalogue = await Json.ReadAsync(await office.GetAsync("/api/v1/organisations"));
        Assert.Contains(catalogue.EnumerateArray(), o => o.GetProperty("code").GetString() == "SC-TRANSPORT" && o.GetProperty("name_zh").GetString() == "四川省交通运输厅");
    }

    private static async Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, string key, object? body = null)
    {
        var etag = (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag?.ToString() ?? "\"0\"";
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return await client.SendAsync(request);
    }
}
