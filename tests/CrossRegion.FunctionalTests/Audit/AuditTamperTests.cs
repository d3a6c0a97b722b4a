using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.FunctionalTests.Audit;

/// <summary>Rewrites history behind the application's back, in a database of its own, and shows verify finds it.</summary>
public sealed class AuditTamperTests : IAsyncLifetime
{
    private readonly ApiFactory _factory = new();

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Verify_Should_ReportTheFirstBrokenLink_When_AnEntryWasRewritten()
    {
        var admin = await _factory.ClientForAsync("sys.admin");
        var before = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));
        Assert.True(before.GetProperty("intact").GetBoolean());

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE \"AuditEntries\" SET \"Changes\" = \"Changes\" || ' ' WHERE \"Sequence\" = 7"));
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(7, after.GetProperty("first_broken_sequence").GetInt64());
        Assert.Equal("content_changed", after.GetProperty("problem").GetString());
        Assert.Equal(6, after.GetProperty("entries_checked").GetInt64());
    }

    [Fact]
    public async Task Verify_Should_ReportAMissingEntry_When_OneWasDeleted()
    {
        var admin = await _factory.ClientForAsync("sys.admin");

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 5"));
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(6, after.GetProperty("first_broken_sequence").GetInt64());
        Assert.Equal("entry_missing", after.GetProperty("problem").GetString());
    }
}
