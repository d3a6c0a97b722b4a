using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Departments;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Platform;

/// <summary>
/// A use case that calls others saves more than once (a meeting's decision creates its task, then records itself):
/// on the real provider, both saves commit together or neither does, audit entries included.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OneTransactionTests(ApiFactory factory)
{
    [Fact]
    public async Task Work_Should_LeaveNothing_When_ItFailsAfterItsFirstSave()
    {
        var first = $"WZ-T{Random.Shared.Next(100000, 999999)}";
        var second = $"WZ-T{Random.Shared.Next(100000, 999999)}";
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => db.InOneTransactionAsync<bool>(async () =>
            {
                db.Departments.Add(Department.Create(first, "WZ", "测试一局", "Test bureau one", "transport"));
                await db.SaveChangesAsync(CancellationToken.None);
                db.Departments.Add(Department.Create(second, "WZ", "测试二局", "Test bureau two", "transport"));
                await db.SaveChangesAsync(CancellationToken.None);
                throw new InvalidOperationException("the second step failed");
            }, CancellationToken.None));
            Assert.Equal("the second step failed", failure.Message);
        }

        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
            Assert.False(await db.Departments.AnyAsync(d => d.Code == first || d.Code == second));
            Assert.False(await db.AuditEntries.AnyAsync(a => a.Changes.Contains(first) || a.Changes.Contains(second)));

            // The same work without the failure commits both, with their history.
            await db.InOneTransactionAsync(async () =>
            {
                db.Departments.Add(Department.Create(first, "WZ", "测试一局", "Test bureau one", "transport"));
                await db.SaveChangesAsync(CancellationToken.None);
                db.Departments.Add(Department.Create(second, "WZ", "测试二局", "Test bureau two", "transport"));
                return await db.SaveChangesAsync(CancellationToken.None);
            }, CancellationToken.None);
            Assert.Equal(2, await db.Departments.CountAsync(d => d.Code == first || d.Code == second));
            Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Changes.Contains(first) || a.Changes.Contains(second)));

            // Leave the shared ledger's departments as the other tests expect them.
            db.Departments.RemoveRange(await db.Departments.Where(d => d.Code == first || d.Code == second).ToListAsync());
            await db.SaveChangesAsync(CancellationToken.None);
        }
    }
}
