using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Persistence.Auditing;
using CrossRegion.Application.Common.Security;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.UnitTests.Architecture;

/// <summary>
/// Visibility is structural (ADR 0005): every task-owned row that can be read from a set of its own carries the named
/// visibility filter, and no code switches filters off without naming which.
/// </summary>
public sealed partial class VisibilityTests
{
    [Fact]
    public void EveryTaskOwnedSet_Should_CarryTheVisibilityFilter()
    {
        using var db = new SqliteAppDbContext(
            new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options,
            new SystemCaller("tests"), TimeProvider.System, new HmacAuditSeal(new byte[32]));
        var sets = typeof(IAppDbContext).GetProperties()
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(DbSet<>))
            .Select(p => p.PropertyType.GetGenericArguments()[0])
            .ToHashSet();

        var taskOwned = db.Model.GetEntityTypes().Where(e => sets.Contains(e.ClrType) && e.FindProperty("TaskId") is not null).ToList();
        var unfiltered = taskOwned.Where(e => e.FindDeclaredQueryFilter(VisibilityFilter.Name) is null).Select(e => e.ClrType.Name).ToList();

        Assert.True(taskOwned.Count >= 6, $"{taskOwned.Count} task-owned sets found");
        Assert.Empty(unfiltered);
    }

    [Fact]
    public void Code_Should_NeverIgnoreQueryFiltersWithoutNamingThem()
    {
        var root = FindSourceRoot();

        var offending = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => BareIgnore().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.Empty(offending);
    }

    private static string FindSourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !Directory.Exists(Path.Combine(directory.FullName, "src", "CrossRegion.Application")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("No src/ above the test binaries."), "src");
    }

    [GeneratedRegex(@"IgnoreQueryFilters\(\s*\)")]
    private static partial Regex BareIgnore();
}
