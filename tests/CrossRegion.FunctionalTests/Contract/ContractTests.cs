using System.Net;
using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrossRegion.FunctionalTests.Contract;

/// <summary>
/// The integration contract as integrators meet it: the live OpenAPI document passes both common linters with nothing
/// to report, and a TypeScript client generated from it compiles a provincial system's flow under tsc --strict with no
/// casts, then runs it against the real host (client credentials, the ledger to its end, a task, the change feed
/// narrowed by event type, a notice from an event, a typed problem).
/// </summary>
public sealed class ContractTests(ChaseFactory factory, ITestOutputHelper output) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task OpenApi_Should_PassSpectralAndRedocly_WithNothingToReport()
    {
        var (tools, work) = await PrepareAsync();

        var spectral = await NodeTools.ToolAsync(tools, "spectral", ["lint", "v1.json", "--ruleset", ".spectral.yaml", "--fail-severity", "hint", "--format", "text"], work);
        var redocly = await NodeTools.ToolAsync(tools, "redocly", ["lint", "v1.json", "--config", "redocly.yaml", "--format", "stylish"], work);

        output.WriteLine(spectral.Output);
        output.WriteLine(redocly.Output);
        Assert.True(spectral.Exit == 0, "Spectral (spectral:oas) reported:\n" + spectral.Output);
        Assert.Contains("No results with a severity of 'hint' or higher found!", spectral.Output, StringComparison.Ordinal);
        Assert.True(redocly.Exit == 0, "Redocly (recommended) reported:\n" + redocly.Output);
        Assert.Contains("Your API description is valid.", redocly.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", redocly.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TypedClient_Should_CompileTheProvincialFlowStrictly_And_RunIt()
    {
        factory.Clock.Now = ApiFactory.StartAt;
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None);
        }

        var (tools, work) = await PrepareAsync();
        File.Copy(Path.Combine(NodeTools.Sources, "provincial-flow.ts"), Path.Combine(work, "provincial-flow.ts"), overwrite: true);
        File.Copy(Path.Combine(NodeTools.Sources, "tsconfig.json"), Path.Combine(work, "tsconfig.json"), overwrite: true);
        File.Copy(Path.Combine(NodeTools.Sources, "package.json"), Path.Combine(work, "package.json"), overwrite: true);
        Directory.CreateSymbolicLink(Path.Combine(work, "node_modules"), Path.Combine(tools, "node_modules"));

        var generate = await NodeTools.ToolAsync(tools, "openapi-typescript", ["v1.json", "--output", "schema.d.ts"], work);
        Assert.True(generate.Exit == 0, generate.Output);
        // No casts (x as T, <T>x) and no non-null assertions (x!.y) in the code: the types must be right as generated.
        var code = string.Join('\n', (await File.ReadAllLinesAsync(Path.Combine(work, "provincial-flow.ts"))).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        Assert.DoesNotMatch(@"\bas\s+(?!const\b)[A-Za-z{\[]|[\w\)\]]!\.|<\w+>\s*\w", code);
        var compile = await NodeTools.ToolAsync(tools, "tsc", ["--project", "tsconfig.json"], work);
        Assert.True(compile.Exit == 0, "tsc --strict:\n" + compile.Output);

        var run = await NodeTools.RunAsync("node", ["out/provincial-flow.js", factory.CreateClient().BaseAddress!.ToString().TrimEnd('/'), "sichuan.dashboard", "Demo#2023-client-secret"], work, TimeSpan.FromMinutes(3));
        output.WriteLine(run.Output);
        Assert.True(run.Exit == 0, "the flow failed:\n" + run.Output);
        var report = JsonDocument.Parse(run.Output.Trim().Split('\n')[^1]).RootElement;
        Assert.True(report.GetProperty("expires_in").GetInt32() > 0);
        Assert.True(report.GetProperty("pages").GetInt32() > 1, "the machine client pages past the first page");
        Assert.True(report.GetProperty("tasks").GetInt32() > 10);
        Assert.StartsWith($"\"{report.GetProperty("detail").GetProperty("version").GetInt32()}-", report.GetProperty("detail").GetProperty("etag").GetString(), StringComparison.Ordinal);
        Assert.True(report.GetProperty("notice_events").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(report.GetProperty("notice").GetProperty("number").GetString()));
        Assert.False(string.IsNullOrEmpty(report.GetProperty("notice").GetProperty("task").GetString()));
        Assert.Equal(404, report.GetProperty("problem").GetProperty("status").GetInt32());
        Assert.Equal("not_found", report.GetProperty("problem").GetProperty("code").GetString());
        Assert.True(report.GetProperty("problem").GetProperty("trace").GetBoolean());
    }

    [Fact]
    public async Task EarlierAddresses_Should_StillAnswer_Undocumented()
    {
        var office = await factory.ClientForAsync("joint.office");
        var document = await Json.ReadAsync(await factory.CreateClient().GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");

        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/v1/meetings/host-order/WDK")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/v1/programmes/WDK/host-order")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await office.GetAsync("/api/v1/evaluations/schemes")).StatusCode);
        Assert.True(paths.TryGetProperty("/api/v1/programmes/{programme}/host-order", out _));
        Assert.True(paths.TryGetProperty("/api/v1/evaluation-schemes/{year}", out _));
        Assert.False(paths.TryGetProperty("/api/v1/meetings/host-order/{programme}", out _));
        Assert.False(paths.TryGetProperty("/api/v1/evaluations/schemes/{year}", out _));
    }

    /// <summary>The tools, and a fresh folder holding the live document and the linters' rulesets.</summary>
    private async Task<(string Tools, string Work)> PrepareAsync()
    {
        var tools = await NodeTools.FolderAsync();
        var work = Directory.CreateTempSubdirectory("crossregion-contract-").FullName;
        var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        await File.WriteAllTextAsync(Path.Combine(work, "v1.json"), await response.Content.ReadAsStringAsync());
        foreach (var file in new[] { ".spectral.yaml", "redocly.yaml" })
        {
            File.Copy(Path.Combine(NodeTools.Sources, file), Path.Combine(work, file), overwrite: true);
        }

        return (tools, work);
    }
}
