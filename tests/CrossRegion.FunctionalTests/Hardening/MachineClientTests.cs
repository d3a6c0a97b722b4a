using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>What a provincial system (machine client) must not reach, even for its own jurisdiction's tasks.</summary>
[Collection(ApiCollection.Name)]
public sealed class MachineClientTests(ApiFactory factory)
{
    [Fact]
    public async Task Notes_Should_Answer403ToAMachineClient_When_ItsCityWroteThem()
    {
        var officer = await factory.ClientForAsync("dz.transport");
        var created = await officer.PostAsJsonAsync("/api/v1/tasks/WDK-2023-05/notes", new { text = "达州内部：征拆进度需再核" });
        Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
        var sichuan = await factory.MachineClientAsync("sichuan.dashboard", "Demo#2023-client-secret");

        var response = await sichuan.GetAsync("/api/v1/tasks/WDK-2023-05/notes");

        await Json.ProblemAsync(response, 403);
        Assert.DoesNotContain("征拆进度需再核", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await sichuan.GetAsync("/api/v1/tasks/WDK-2023-05/comments")).StatusCode);
    }
}
