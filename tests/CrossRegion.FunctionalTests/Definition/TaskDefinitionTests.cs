using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;
using CrossRegion.FunctionalTests.Reports;

namespace CrossRegion.FunctionalTests.Definition;

/// <summary>The joint office edits parties, milestones and targets of a task after creation, under If-Match.</summary>
[Collection(ApiCollection.Name)]
public sealed class TaskDefinitionTests(ApiFactory factory)
{
    [Fact]
    public async Task AddParty_Should_AddKaizhouWithItsUnits_And_RequireTheCurrentETag()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");
        var body = new { jurisdiction = "KZ", role = "responsible", share = "开州段建设", departments = new[] { "KZ-TRANSPORT" } };

        await Json.ProblemAsync(await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/parties", body, null), 428);
        await Json.ProblemAsync(await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/parties", body, "\"999\""), 412);
        var response = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/parties", body, await ETagAsync(office, key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var kaizhou = Party(await Json.ReadAsync(response), "KZ");
        Assert.Equal("开州段建设", kaizhou.GetProperty("share").GetString());
        Assert.Equal("KZ-TRANSPORT", kaizhou.GetProperty("departments")[0].GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientForAsync("kz.admin")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
    }

    [Theory]
    [InlineData("KZ", "responsible", "KZ-NOPE", 400, null)]
    [InlineData("KZ", "responsible", "WZ-TRANSPORT", 422, "party.department_jurisdiction")]
    [InlineData("WZ", "responsible", "WZ-TRANSPORT", 409, "party.duplicate")]
    [InlineData("KZ", "participant", "KZ-TRANSPORT", 422, "party.units_not_allowed")]
    public async Task AddParty_Should_Refuse_When_TheUnitsOrThePartyAreWrong(string jurisdiction, string role, string unit, int status, string? rule)
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var office = await factory.ClientForAsync("joint.office");

        var response = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/parties",
            new { jurisdiction, role, departments = new[] { unit } }, await ETagAsync(office, key));

        var problem = await Json.ProblemAsync(response, status);
        if (rule is not null)
        {
            Assert.Equal(rule, problem.GetProperty("rule").GetString());
        }
        else
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty("departments", out _));
        }
    }

    [Fact]
    public async Task Edits_Should_Answer403_ForACity()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var city = await factory.ClientForAsync("wz.admin");

        var response = await Send(city, HttpMethod.Delete, $"/api/v1/tasks/{key}/parties/YY", null, await ETagAsync(city, key));

        await Json.ProblemAsync(response, 403);
    }

    [Fact]
    public async Task ChangeParty_Should_SwapUnits_But_NotDemoteAPartyThatOwnsMilestones()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var demoted = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/parties/DZ", new { role = "cooperating" }, await ETagAsync(office, key));
        var swapped = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/parties/DZ",
            new { departments = new[] { "DZ-TRANSPORT", "DZ-DRC" } }, await ETagAsync(office, key));

        Assert.Equal("party.owns_milestones", (await Json.ProblemAsync(demoted, 422)).GetProperty("rule").GetString());
        var units = Party(await Json.ReadAsync(swapped), "DZ").GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString());
        Assert.Equal(["DZ-DRC", "DZ-TRANSPORT"], units);
    }

    [Fact]
    public async Task RemoveParty_Should_RemoveAParticipant_But_KeepAPartyThatReported()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        // Kaizhou stops owning the joint milestone, but it has reported: it stays a party.
        await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/milestones/{joint}", new { owners = new[] { "WZ", "DZ" } }, await ETagAsync(office, key));
        await (await factory.ClientForAsync("kz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/reports", ReportTests.Body("on_track", null));
        var kaizhou = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/parties/KZ", null, await ETagAsync(office, key));
        var yunyang = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/parties/YY", null, await ETagAsync(office, key));

        Assert.Equal("party.has_reports", (await Json.ProblemAsync(kaizhou, 422)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, yunyang.StatusCode);
        Assert.DoesNotContain((await Json.ReadAsync(yunyang)).GetProperty("parties").EnumerateArray(), p => p.GetProperty("jurisdiction").GetString() == "YY");
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientForAsync("yy.admin")).GetAsync($"/api/v1/tasks/{key}")).StatusCode);
    }

    [Fact]
    public async Task ReviseMilestone_Should_MoveTheDueDate_And_KeepTheBaseline()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var response = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/milestones/{joint}",
            new { due_date = "2024-09-30", title_en = "Open to traffic" }, await ETagAsync(office, key));

        var milestone = TestTasks.Milestone(await Json.ReadAsync(response), joint);
        Assert.Equal("2024-09-30", milestone.GetProperty("due_date").GetString());
        Assert.Equal("2024-06-30", milestone.GetProperty("baseline_due_date").GetString());
        Assert.Equal("Open to traffic", milestone.GetProperty("title_en").GetString());
        Assert.Equal("全线贯通", milestone.GetProperty("title").GetString());
    }

    [Fact]
    public async Task ReviseMilestone_Should_CompleteIt_When_TheOnlyUnsignedOwnerIsDropped_And_RefuseDroppingASigner()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");
        foreach (var account in new[] { "wz.transport", "dz.transport" })
        {
            await (await factory.ClientForAsync(account)).PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收" });
        }

        var droppingSigner = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/milestones/{joint}", new { owners = new[] { "WZ", "KZ" } }, await ETagAsync(office, key));
        var droppingKaizhou = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/milestones/{joint}", new { owners = new[] { "WZ", "DZ" } }, await ETagAsync(office, key));

        Assert.Equal("milestone.owner_signed", (await Json.ProblemAsync(droppingSigner, 422)).GetProperty("rule").GetString());
        Assert.Equal("done", TestTasks.Milestone(await Json.ReadAsync(droppingKaizhou), joint).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AddAndRemoveMilestone_Should_Work_But_NotRemoveOneWithHistory()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var added = await Json.ReadAsync(await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/milestones",
            new { title = "交工验收", due_date = "2024-12-31", due_precision = "year", owners = new[] { "DZ" } }, await ETagAsync(office, key)));
        var id = added.GetProperty("milestones").EnumerateArray().Single(m => m.GetProperty("title").GetString() == "交工验收").GetProperty("id").GetGuid();
        await (await factory.ClientForAsync("wz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "验收" });
        var withHistory = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/milestones/{joint}", null, await ETagAsync(office, key));
        var fresh = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/milestones/{id}", null, await ETagAsync(office, key));

        Assert.Equal("milestone.has_history", (await Json.ProblemAsync(withHistory, 422)).GetProperty("rule").GetString());
        Assert.Equal(2, (await Json.ReadAsync(fresh)).GetProperty("milestones").GetArrayLength());
        var owner = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/milestones",
            new { title = "参与方节点", due_date = "2024-12-31", due_precision = "year", owners = new[] { "YY" } }, await ETagAsync(office, key));
        Assert.Equal("milestone.owner", (await Json.ProblemAsync(owner, 422)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Targets_Should_BeAddedRevisedAndRemoved_Except_MeasuresSomebodyReportedOn()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");
        var measure = new { metric = "年度投资", comparator = "at_least", value = 3m, unit = "亿元", jurisdiction = "WZ" };

        var added = await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/targets",
            new { year = 2024, text = "完成年度投资3亿元。", measures = new[] { measure } }, await ETagAsync(office, key));
        var revised = await Json.ReadAsync(await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{key}/targets/2024",
            new { text = "完成年度投资3亿元，建成路基10公里。", add_measures = new[] { new { metric = "路基", comparator = "at_least", value = 10m, unit = "公里", jurisdiction = (string?)null } } },
            await ETagAsync(office, key)));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var target = revised.GetProperty("targets")[0];
        Assert.Equal("完成年度投资3亿元，建成路基10公里。", target.GetProperty("text").GetString());
        var ids = target.GetProperty("measures").EnumerateArray().ToDictionary(m => m.GetProperty("metric").GetString()!, m => m.GetProperty("id").GetGuid());
        await (await factory.ClientForAsync("wz.transport")).PostAsJsonAsync($"/api/v1/tasks/{key}/reports",
            ReportTests.Body("on_track", null, (ids["年度投资"], 5000m, "万元")));

        var reported = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/targets/2024/measures/{ids["年度投资"]}", null, await ETagAsync(office, key));
        var whole = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/targets/2024", null, await ETagAsync(office, key));
        var unreported = await Send(office, HttpMethod.Delete, $"/api/v1/tasks/{key}/targets/2024/measures/{ids["路基"]}", null, await ETagAsync(office, key));

        Assert.Equal("measure.reported", (await Json.ProblemAsync(reported, 422)).GetProperty("rule").GetString());
        Assert.Equal("measure.reported", (await Json.ProblemAsync(whole, 422)).GetProperty("rule").GetString());
        Assert.Single((await Json.ReadAsync(unreported)).GetProperty("targets")[0].GetProperty("measures").EnumerateArray());
    }

    [Fact]
    public async Task ConcurrentEdits_Should_LetExactlyOneWin()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");
        var etag = await ETagAsync(office, key);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.ClientForAsync("joint.office")));

        var responses = await Task.WhenAll(clients.Select((c, i) =>
            Send(c, HttpMethod.Patch, $"/api/v1/tasks/{key}/parties/WZ", new { share = $"分工{i}" }, etag)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.PreconditionFailed, r.StatusCode));
    }

    [Fact]
    public async Task RuleMessages_Should_BeChineseByDefault_And_EnglishOnRequest()
    {
        var (key, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");
        var body = new { jurisdiction = "WZ", role = "responsible" };

        var zh = await Json.ProblemAsync(await Send(office, HttpMethod.Post, $"/api/v1/tasks/{key}/parties", body, await ETagAsync(office, key)), 409);
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/parties") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", await ETagAsync(office, key));
        request.Headers.AcceptLanguage.ParseAdd("en");
        var en = await Json.ProblemAsync(await office.SendAsync(request), 409);

        Assert.Equal($"WZ 已是任务 {key} 的参与方。", zh.GetProperty("detail").GetString());
        Assert.Equal($"WZ is already a party to task {key}.", en.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ParentKey_Should_MakeATaskASubTask_But_OnlyOneLevelDeep()
    {
        var (parent, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var (child, _, _) = await TestTasks.CreateThreeCityTaskAsync(factory);
        var office = await factory.ClientForAsync("joint.office");

        var linked = await Json.ReadAsync(await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{child}", new { parent_key = parent }, await ETagAsync(office, child)));
        var nested = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{parent}", new { parent_key = "WDK-2023-01" }, await ETagAsync(office, parent));
        var unknown = await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{parent}", new { parent_key = "WDK-1999-99" }, await ETagAsync(office, parent));

        Assert.Equal(parent, linked.GetProperty("parent").GetProperty("key").GetString());
        var named = await Json.ReadAsync(await Send(office, HttpMethod.Patch, $"/api/v1/tasks/{child}", new { add_aliases = new[] { "三地联通路" } }, await ETagAsync(office, child)));
        Assert.Contains("三地联通路", named.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("task.parent_depth", (await Json.ProblemAsync(nested, 422)).GetProperty("rule").GetString());
        Assert.True((await Json.ProblemAsync(unknown, 400)).GetProperty("errors").TryGetProperty("parent_key", out _));
    }

    private static JsonElement Party(JsonElement task, string jurisdiction) =>
        task.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("jurisdiction").GetString() == jurisdiction);

    private static async Task<string> ETagAsync(HttpClient client, string key) =>
        (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.ToString();

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string path, object? body, string? etag)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }
}
