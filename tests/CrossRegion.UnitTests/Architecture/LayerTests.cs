using System.Reflection;

namespace CrossRegion.UnitTests.Architecture;

/// <summary>Domain → Application → Infrastructure → Api: no layer may reference one it must not.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(CrossRegion.Domain.Tasks.CoordinatedTask).Assembly;
    private static readonly Assembly Application = typeof(CrossRegion.Application.DependencyInjection).Assembly;
    private static readonly Assembly Infrastructure = typeof(CrossRegion.Infrastructure.DependencyInjection).Assembly;

    public static TheoryData<string, string> Forbidden => new()
    {
        { "Domain", "CrossRegion.Application" },
        { "Domain", "CrossRegion.Infrastructure" },
        { "Domain", "CrossRegion.Api" },
        { "Domain", "Microsoft.EntityFrameworkCore" },
        { "Domain", "Microsoft.AspNetCore" },
        { "Application", "CrossRegion.Infrastructure" },
        { "Application", "CrossRegion.Api" },
        { "Application", "Microsoft.AspNetCore" },
        { "Application", "Npgsql" },
        { "Application", "Microsoft.EntityFrameworkCore.Sqlite" },
        { "Application", "Microsoft.Data.Sqlite" },
        { "Infrastructure", "CrossRegion.Api" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void Layer_Should_NotReference_ForbiddenAssemblies(string layer, string forbiddenPrefix)
    {
        var assembly = layer switch
        {
            "Domain" => Domain,
            "Application" => Application,
            _ => Infrastructure,
        };

        var offending = assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith(forbiddenPrefix, StringComparison.Ordinal))
            .Select(a => a.Name)
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void Domain_Should_ReferenceOnlyTheBaseLibrary()
    {
        var references = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), name));
    }

    [Fact]
    public void Aggregates_Should_BeSealedWithoutPublicSetters()
    {
        var entities = Domain.GetTypes().Where(t => t.IsClass && !t.Name.Contains('<', StringComparison.Ordinal)
            && t.Namespace?.StartsWith("CrossRegion.Domain.", StringComparison.Ordinal) == true
            && t.GetProperty("Id") is not null);

        Assert.All(entities, type =>
        {
            Assert.True(type.IsSealed, type.Name);
            var publicSetters = type.GetProperties().Where(p => p.SetMethod?.IsPublic == true).Select(p => p.Name);
            Assert.Empty(publicSetters);
        });
    }
}
