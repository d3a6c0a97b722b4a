using CrossRegion.Domain.Auditing;
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
        await AssertIntactAsync(admin);

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 5"));
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(6, after.GetProperty("first_broken_sequence").GetInt64());
        Assert.Equal("entry_missing", after.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_Should_ReportABrokenLink_When_AnEntryPointsElsewhere()
    {
        var admin = await _factory.ClientForAsync("sys.admin");
        await AssertIntactAsync(admin);

        var elsewhere = new string('f', 64);
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"UPDATE \"AuditEntries\" SET \"PreviousHash\" = {elsewhere} WHERE \"Sequence\" = 7"));
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(7, after.GetProperty("first_broken_sequence").GetInt64());
        Assert.Equal("link_broken", after.GetProperty("problem").GetString());
    }

    [Fact]
    public async Task Verify_Should_ReportTheMissingTail_When_TheLastEntriesWereDeleted()
    {
        var admin = await _factory.ClientForAsync("sys.admin");
        var before = await AssertIntactAsync(admin);
        var last = before.GetProperty("entries_checked").GetInt64();

        var keep = last - 4;
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" > {keep}"));
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal("tail_missing", after.GetProperty("problem").GetString());
        Assert.Equal(last - 4, after.GetProperty("entries_checked").GetInt64());
        Assert.Equal(last, after.GetProperty("head").GetProperty("sequence").GetInt64());
    }

    [Fact]
    public async Task Verify_Should_ReportASealMismatch_When_SomeoneRewritesAnEntryAndRecomputesTheChain()
    {
        var admin = await _factory.ClientForAsync("sys.admin");
        await AssertIntactAsync(admin);

        // What an intruder with write access to the database and this source code can do: change an entry, then
        // recompute every later hash so that the SHA-256 chain is whole again. Only the seals give them away.
        await _factory.WithDbAsync(async db =>
        {
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Sequence >= 7).OrderBy(e => e.Sequence).ToListAsync();
            var previous = entries[0].PreviousHash;
            foreach (var entry in entries)
            {
                var forged = AuditEntry.Append(entry.Sequence, previous, new AuditRecord(
                    entry.At, entry.ActorKind, entry.Sequence == 7 ? "someone.else" : entry.ActorName, entry.ActingFor, entry.Roles,
                    entry.TaskId, entry.EntityType, entry.EntityId, entry.Action, entry.Changes));
                await db.Database.ExecuteSqlRawAsync(
                    "UPDATE \"AuditEntries\" SET \"ActorName\" = {0}, \"PreviousHash\" = {1}, \"Hash\" = {2} WHERE \"Sequence\" = {3}",
                    forged.ActorName, forged.PreviousHash, forged.Hash, forged.Sequence);
                previous = forged.Hash;
            }

            return await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditHeads\" SET \"Hash\" = {0}", previous);
        });
        var after = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));

        Assert.False(after.GetProperty("intact").GetBoolean());
        Assert.Equal(7, after.GetProperty("first_broken_sequence").GetInt64());
        Assert.Equal("seal_mismatch", after.GetProperty("problem").GetString());
    }

    private static async Task<System.Text.Json.JsonElement> AssertIntactAsync(HttpClient admin)
    {
        var before = await Json.ReadAsync(await admin.GetAsync("/api/v1/audit/verify"));
        Assert.True(before.GetProperty("intact").GetBoolean(), before.ToString());
        Assert.True(before.GetProperty("entries_checked").GetInt64() > 10);
        return before;
    }
}
