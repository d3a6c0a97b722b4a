using System.Net;
using CrossRegion.Domain.Tasks;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Platform;

[Collection(ApiCollection.Name)]
public sealed class HostTests(ApiFactory factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_Should_BeHealthy_When_TheDatabaseIsMigrated(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_Should_DescribeEveryEndpointWithItsAuthAndProblems()
    {
        var document = await Json.ReadAsync(await factory.CreateClient().GetAsync("/openapi/v1.json"));

        Assert.StartsWith("3.1", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.GetProperty("paths");
        string[] expected =
        [
            "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/token", "/api/v1/me",
            "/api/v1/jurisdictions", "/api/v1/departments", "/api/v1/tasks", "/api/v1/tasks/{key}", "/api/v1/tasks/{key}/history",
            "/api/v1/audit/verify",
        ];
        Assert.All(expected, p => Assert.True(paths.TryGetProperty(p, out _), p));
        var getTask = paths.GetProperty("/api/v1/tasks/{key}").GetProperty("get");
        Assert.True(getTask.TryGetProperty("security", out _));
        Assert.True(getTask.GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(getTask.GetProperty("responses").TryGetProperty("401", out _));
        Assert.Equal(0, paths.GetProperty("/api/v1/auth/login").GetProperty("post").GetProperty("security").GetArrayLength());
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }

    [Fact]
    public async Task SwaggerUi_Should_BeServed()
    {
        var response = await factory.CreateClient().GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task UnknownRoute_Should_Answer404Problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/v1/nothing-here");

        await Json.ProblemAsync(response, 404);
    }

    [Fact]
    public async Task Seeding_Should_ChangeNothing_When_RunASecondTime()
    {
        var before = await CountsAsync();

        await DatabaseInitializer.InitializeAsync(factory.Services, CancellationToken.None);

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(28, before[0]);
    }

    [Fact]
    public async Task Database_Should_BeTheProviderThisRunAsksFor()
    {
        var provider = await factory.WithDbAsync(db => Task.FromResult(db.Database.ProviderName));

        var expected = TestDatabase.CurrentProvider == "postgres" ? "Npgsql.EntityFrameworkCore.PostgreSQL" : "Microsoft.EntityFrameworkCore.Sqlite";
        Assert.Equal(expected, provider);
    }

    [Fact]
    public async Task Database_Should_RefuseADuplicateTaskKey()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var duplicate = CoordinatedTask.Create(
            new TaskDefinition("WDK-2023-04", ListTypeCodes.JointKeyTask, "WDK", "infrastructure", "重复", "Duplicate", "2023年", 2023, 2023, "x", null, null, null, null),
            [new PartySpec("WZ", PartyRole.Responsible, null, [])],
            DateTimeOffset.UtcNow);
        db.Tasks.Add(duplicate);

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private async Task<int[]> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return
        [
            await db.Tasks.IgnoreQueryFilters().CountAsync(t => t.Key.StartsWith("WDK-2023-")),
            await db.Departments.CountAsync(),
            await db.Jurisdictions.CountAsync(),
            await db.Tasks.IgnoreQueryFilters().SelectMany(t => t.Milestones).CountAsync(),
            await db.UserAccounts.CountAsync(u => !u.UserName.StartsWith("t.")),
        ];
    }
}
