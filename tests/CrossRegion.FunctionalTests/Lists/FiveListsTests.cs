using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrossRegion.FunctionalTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Lists;

/// <summary>
/// The five lists (五张清单) of the Wanzhou action plan, shipped as Wanzhou's own programme WZ2023: counts and sums as
/// the annexes print them, the types' columns, filters, stages, investment, carry-over, and the programme's privacy.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class FiveListsTests(ApiFactory factory)
{
    private const string Programme = "WZ2023";

    [Fact]
    public async Task ShippedLists_Should_HoldEveryRowOfTheAnnexes_With_TheHeadersSums()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");

        var counts = new Dictionary<string, int>();
        foreach (var type in new[] { "major_task", "major_project", "major_policy", "major_reform", "major_platform" })
        {
            counts[type] = (await ShippedAsync(wanzhou, $"list_type={type}&programme={Programme}&status=active")).Count;
        }

        Assert.Equal(21, counts["major_task"]);
        Assert.Equal(35, counts["major_project"]);
        Assert.Equal(33, counts["major_policy"]);
        Assert.Equal(49, counts["major_reform"]);
        Assert.Equal(48, counts["major_platform"]);
        var platforms = await ShippedAsync(wanzhou, $"list_type=major_platform&programme={Programme}&status=active");
        Assert.Equal(8, platforms.Count(p => p.GetProperty("parent_key").ValueKind == JsonValueKind.String));
        Assert.Equal(["WZ2023-PT-04", "WZ2023-PT-05"], platforms.Select(p => p.GetProperty("parent_key")).Where(k => k.ValueKind == JsonValueKind.String).Select(k => k.GetString()).Distinct().Order());

        // 续建 15, 新开工 9, 重大前期 10, 前期 1 — by the batch column's filter, by code or as printed.
        Assert.Equal(15, (await ShippedAsync(wanzhou, "list_type=major_project&field.construction_batch=continuing")).Count);
        Assert.Equal(9, (await ShippedAsync(wanzhou, "list_type=major_project&field.construction_batch=" + Uri.EscapeDataString("新开工"))).Count);
        Assert.Equal(10, (await ShippedAsync(wanzhou, "list_type=major_project&field.construction_batch=major_preliminary")).Count);
        Assert.Single(await ShippedAsync(wanzhou, "list_type=major_project&field.construction_batch=preliminary"));

        // 总投资 2110.78 and 年度计划投资 146.69 亿元, as the list's header prints them.
        decimal total = 0, planned = 0;
        foreach (var project in await ShippedAsync(wanzhou, "list_type=major_project"))
        {
            var fields = Fields(await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{project.GetProperty("key").GetString()}")));
            total += fields["total_investment"].GetProperty("number").GetDecimal();
            planned += fields["annual_plan_investment"].GetProperty("number").GetDecimal();
        }

        Assert.Equal(2110.78m, total);
        Assert.Equal(146.69m, planned);
    }

    [Fact]
    public async Task ShippedItem_Should_CarryItsColumns_LeadUnits_Category_AndStage()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");

        // Project 1 is led by 市交通局: in a Wanzhou list, Chongqing's transport body (then 重庆市交通局), not a Dazhou unit.
        var railway = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/tasks/WZ2023-XM-01"));
        Assert.Equal("渝万高铁", railway.GetProperty("title_zh").GetString());
        Assert.Equal("Chongqing–Wanzhou high-speed railway", railway.GetProperty("title_en").GetString());
        Assert.Equal("wz-hub", railway.GetProperty("category").GetString());
        Assert.Equal(["CQ-TRANSPORT"], railway.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("code").GetString()));
        Assert.Equal(["WZ"], railway.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()));
        Assert.Equal(2022, railway.GetProperty("period").GetProperty("start_year").GetInt32());
        Assert.Equal(2027, railway.GetProperty("period").GetProperty("end_year").GetInt32());
        var item = railway.GetProperty("list_item");
        Assert.Equal(2023, item.GetProperty("list_year").GetInt32());
        var fields = Fields(railway);
        Assert.Equal("续建", fields["construction_batch"].GetProperty("label_zh").GetString());
        Assert.Equal(527.6m, fields["total_investment"].GetProperty("number").GetDecimal());
        Assert.Equal("continuing", railway.GetProperty("stage").GetString());
        Assert.Equal("2023-01-01", item.GetProperty("stage_history")[0].GetProperty("on").GetString());
        Assert.Equal(73.8m, item.GetProperty("investment").GetProperty("planned").GetDecimal());
        Assert.Equal("WZ2023-XM-04", (await ShippedAsync(wanzhou, "list_type=major_project&field.construction_batch=preliminary"))[0].GetProperty("key").GetString());

        // 区经济信息委、万州经开区经济发展局 lead policy 6 jointly; 备注 区级自选 is kept as the origin choice.
        var policy = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/tasks/WZ2023-ZC-06"));
        Assert.Equal(["WZ-DRC", "WZ-ECONOMY", "WZ-EDZ-ECONOMY"], policy.GetProperty("parties")[0].GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()).Order());
        Assert.Equal("district", Fields(policy)["origin"].GetProperty("value").GetString());
        Assert.Equal("wz-growth-pole", policy.GetProperty("category").GetString());

        // A platform's child row is a sub-task named by its 目标任务, with its own lead unit and category.
        var child = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/tasks/WZ2023-PT-04-05"));
        Assert.Equal("WZ2023-PT-04", child.GetProperty("parent").GetProperty("key").GetString());
        Assert.StartsWith("举办成渝地区双城经济圈万达开论坛", child.GetProperty("title_zh").GetString(), StringComparison.Ordinal);
        Assert.Equal("wz-green-model", child.GetProperty("category").GetString());
        Assert.Equal("川渝毗邻地区合作平台", Fields(child)["platform_type"].GetProperty("value").GetString());
    }

    [Fact]
    public async Task OwnProgramme_Should_BeInvisible_ToOtherCities_TheJointOffice_AndObservers_UnlessShared()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        foreach (var outsider in new[] { "dz.admin", "joint.office", "province.observer" })
        {
            var client = await factory.ClientForAsync(outsider);
            await Json.ProblemAsync(await client.GetAsync("/api/v1/tasks/WZ2023-XM-01"), 404);
            Assert.Empty(await AllAsync(client, $"programme={Programme}"));
            Assert.Empty(await AllAsync(client, "list_type=major_project"));
            Assert.DoesNotContain(Programme, (await Json.ReadAsync(await client.GetAsync("/api/v1/programmes"))).EnumerateArray().Select(p => p.GetProperty("code").GetString()));
            Assert.DoesNotContain(Programme, (await Json.ReadAsync(await client.GetAsync("/api/v1/list-types"))).EnumerateArray().Select(p => p.GetProperty("programme").GetString()));
            Assert.DoesNotContain(Programme, (await Json.ReadAsync(await client.GetAsync("/api/v1/jurisdictions"))).EnumerateArray().SelectMany(j => j.GetProperty("programmes").EnumerateArray()).Select(p => p.GetString()));
        }

        // The ledger without a filter answers as it did for joint tasks: Wanzhou's own lists are asked for by name.
        Assert.DoesNotContain(await AllAsync(wanzhou, "jurisdiction=WZ"), t => t.GetProperty("programme").GetString() == Programme);
        Assert.Equal(35, (await ShippedAsync(wanzhou, "list_type=major_project")).Count);

        // A Dazhou coordinator cannot share, import into or edit what it cannot see.
        var dazhou = await factory.ClientForAsync("dz.admin");
        await Json.ProblemAsync(await dazhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = "WDK" }), 404);

        var shared = await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = "WDK" });
        try
        {
            Assert.Equal("WDK", (await Json.ReadAsync(shared)).GetProperty("shared_with").GetString());
            foreach (var reader in new[] { "joint.office", "province.observer" })
            {
                var client = await factory.ClientForAsync(reader);
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/tasks/WZ2023-XM-01")).StatusCode);
            }

            // Shared is still not another city's: Dazhou is no party.
            await Json.ProblemAsync(await dazhou.GetAsync("/api/v1/tasks/WZ2023-XM-01"), 404);

            // Shared, the programme counts in the four-city figures.
            Assert.Contains(await BoardProgrammesAsync(dazhou), p => p == Programme);
        }
        finally
        {
            Assert.Equal(HttpStatusCode.OK, (await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = (string?)null })).StatusCode);
        }

        // Withdrawn, it leaves them at once: figures kept from while it was shared are not served.
        Assert.DoesNotContain(await BoardProgrammesAsync(dazhou), p => p == Programme);

        await Json.ProblemAsync(await (await factory.ClientForAsync("joint.office")).GetAsync("/api/v1/tasks/WZ2023-XM-01"), 404);
    }

    private static async Task<IReadOnlyList<string?>> BoardProgrammesAsync(HttpClient client) =>
        (await Json.ReadAsync(await client.GetAsync("/api/v1/dashboard"))).GetProperty("programmes").EnumerateArray()
            .Select(p => p.GetProperty("code").GetString()).ToList();

    [Fact]
    public async Task ChangeFeed_Should_CarryAnOwnProgrammesEvents_ToItsCityOnly()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CrossRegion.Application.Changes.Common.IOutboxSequencer>().SequenceAsync(CancellationToken.None);
        }

        var wanzhou = await ChangedKeysAsync(await factory.ClientForAsync("wz.admin"));
        Assert.Contains("WZ2023-XM-01", wanzhou);
        foreach (var outsider in new[] { "dz.admin", "joint.office", "province.observer" })
        {
            Assert.DoesNotContain(await ChangedKeysAsync(await factory.ClientForAsync(outsider)), k => k.StartsWith(Programme, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task JointBulletin_Should_LeaveOutAnUnsharedOwnProgramme_AndCountItOnceShared()
    {
        var office = await factory.ClientForAsync("joint.office");
        var wanzhou = await factory.ClientForAsync("wz.admin");

        var before = await WanzhouScoreAsync(office, expectOwnItems: false);
        var dashboard = await Json.ReadAsync(await office.GetAsync("/api/v1/dashboard"));
        Assert.DoesNotContain(dashboard.GetProperty("programmes").EnumerateArray(), p => p.GetProperty("code").GetString() == Programme);
        Assert.DoesNotContain(dashboard.GetProperty("most_overdue").EnumerateArray(), i => i.GetProperty("task_key").GetString()!.StartsWith(Programme, StringComparison.Ordinal));

        await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = "WDK" });
        try
        {
            var shared = await WanzhouScoreAsync(office, expectOwnItems: true);

            // Every item of the 2023 lists (the 186 shipped, and any a test imported) has its year-end milestone, owned by
            // Wanzhou; an item carried over to a later year's list has its milestone in that year.
            var items = (await AllAsync(wanzhou, $"programme={Programme}")).Count(t => !LaterList().IsMatch(t.GetProperty("key").GetString()!));
            Assert.True(items >= 186);
            Assert.Equal(before.GetProperty("milestones_due").GetInt32() + items, shared.GetProperty("milestones_due").GetInt32());
        }
        finally
        {
            await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = (string?)null });
        }

        Assert.Equal(before.GetProperty("milestones_due").GetInt32(), (await WanzhouScoreAsync(office, expectOwnItems: false)).GetProperty("milestones_due").GetInt32());
    }

    [Fact]
    public async Task CitysOwnBulletin_Should_CountItsOwnProgramme_BesideItsJointPart_ForItsPeopleOnly()
    {
        var office = await factory.ClientForAsync("joint.office");
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var observer = await factory.ClientForAsync("province.observer");

        var joint = await WanzhouScoreAsync(office, expectOwnItems: false);
        var created = await wanzhou.PostAsJsonAsync("/api/v1/bulletins", new { period = "2023-Q4", scope = "WZ" });
        await ExpectAsync(HttpStatusCode.Created, created);
        var bulletin = await Json.ReadAsync(await wanzhou.GetAsync(created.Headers.Location));
        Assert.Equal("WZ", bulletin.GetProperty("bulletin").GetProperty("scope").GetString());
        var content = bulletin.GetProperty("content");

        // Wanzhou's part alone: its row, its units, its overdue parts; its milestones those of the joint tasks and of its own lists.
        var score = Assert.Single(content.GetProperty("jurisdictions").EnumerateArray());
        Assert.Equal("WZ", score.GetProperty("code").GetString());
        Assert.All(content.GetProperty("departments").EnumerateArray(), d => Assert.Equal("WZ", d.GetProperty("jurisdiction").GetString()));
        Assert.All(content.GetProperty("overdue_items").EnumerateArray(), i => Assert.Equal("WZ", i.GetProperty("jurisdiction").GetString()));
        var items = (await AllAsync(wanzhou, $"programme={Programme}")).Count(t => !LaterList().IsMatch(t.GetProperty("key").GetString()!));
        Assert.Equal(
            joint.GetProperty("milestones_due").GetInt32() + items, score.GetProperty("score").GetProperty("milestones_due").GetInt32());

        // To anyone else the city's bulletin does not exist; only its coordinators generate it.
        var id = bulletin.GetProperty("bulletin").GetProperty("id").GetString();
        foreach (var outsider in new[] { dazhou, office, observer })
        {
            await Json.ProblemAsync(await outsider.GetAsync($"/api/v1/bulletins/{id}"), 404);
            Assert.DoesNotContain((await Json.ReadAsync(await outsider.GetAsync("/api/v1/bulletins"))).EnumerateArray(), b => b.GetProperty("scope").GetString() == "WZ");
        }

        await Json.ProblemAsync(await dazhou.PostAsJsonAsync("/api/v1/bulletins", new { period = "2023-Q4", scope = "WZ" }), 403);
        await Json.ProblemAsync(await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2023-Q4", scope = "WZ" }), 403);
        await Json.ProblemAsync(await wanzhou.PostAsJsonAsync("/api/v1/bulletins", new { period = "2023-Q4" }), 403);
        Assert.Contains((await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/bulletins?scope=WZ"))).EnumerateArray(), b => b.GetProperty("id").GetString() == id);
    }

    [Fact]
    public async Task CitysOwnDashboard_Should_TakeInItsOwnProgramme_ForItsPeopleOnly()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var jointBoard = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/dashboard"));
        var ownBoard = await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/dashboard?city=WZ"));

        var jointRow = jointBoard.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "WZ");
        var ownRow = Assert.Single(ownBoard.GetProperty("cities").EnumerateArray());
        Assert.Equal("WZ", ownRow.GetProperty("code").GetString());
        Assert.DoesNotContain(jointBoard.GetProperty("programmes").EnumerateArray(), p => p.GetProperty("code").GetString() == Programme);
        var own = ownBoard.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("code").GetString() == Programme);

        // The city's active tasks are those of the joint programmes and of its own (the four-city figures may be a minute
        // old, so the count is checked against the ledger); its own items, open past their year-end, add to its overdue.
        var active = await AllAsync(wanzhou, "jurisdiction=WZ&status=active&all_programmes=true");
        Assert.Equal(active.Count, ownRow.GetProperty("active_tasks").GetInt32());
        Assert.Equal(active.Count(t => t.GetProperty("programme").GetString() == Programme), own.GetProperty("tasks").GetInt32());
        Assert.True(ownRow.GetProperty("overdue_tasks").GetInt32() > jointRow.GetProperty("overdue_tasks").GetInt32());
        Assert.Contains(ownBoard.GetProperty("most_overdue").EnumerateArray(), i => i.GetProperty("cities").EnumerateArray().Any(c => c.GetString() == "WZ"));

        // The list behind the city's overdue figure takes in its own items when asked (all_programmes), as the console links it.
        Assert.DoesNotContain(await AllAsync(wanzhou, "overdue_for=WZ"), t => t.GetProperty("key").GetString()!.StartsWith(Programme, StringComparison.Ordinal));
        Assert.Contains(await AllAsync(wanzhou, "overdue_for=WZ&all_programmes=true"), t => t.GetProperty("key").GetString()!.StartsWith(Programme, StringComparison.Ordinal));

        foreach (var outsider in new[] { "dz.admin", "joint.office", "province.observer" })
        {
            await Json.ProblemAsync(await (await factory.ClientForAsync(outsider)).GetAsync("/api/v1/dashboard?city=WZ"), 403);
            Assert.DoesNotContain(await AllAsync(await factory.ClientForAsync(outsider), "all_programmes=true"), t => t.GetProperty("key").GetString()!.StartsWith(Programme, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task OwnItemsDefinition_Should_BeRunByItsCity_NotByAJointOfficeItIsSharedWith()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "06";
        var office = await factory.ClientForAsync("joint.office");
        var milestone = new { title = "主体完工", title_en = "Structure complete", due_date = "2027-06-30", due_precision = "day" };

        // Wanzhou's coordinators define their own items: a milestone, a status decision, and the page offers the edits.
        await ExpectAsync(HttpStatusCode.OK, await SendAsync(wanzhou, HttpMethod.Post, $"/api/v1/tasks/{key}/milestones", milestone));
        Assert.True((await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}/actions"))).GetProperty("may_edit").GetBoolean());

        // Shared with the joint office, the programme is read there and not changed there.
        await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = "WDK" });
        try
        {
            office = await factory.ClientForAsync("joint.office"); // its programmes are read at sign-in
            Assert.False((await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}/actions"))).GetProperty("may_edit").GetBoolean());
            await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/milestones", milestone), 403);
            await Json.ProblemAsync(await PatchFieldsAsync(office, key, new { construction_batch = "续建" }), 403);
            await Json.ProblemAsync(await SendAsync(office, HttpMethod.Post, $"/api/v1/tasks/{key}/archive", new { reason = "测试" }), 403);
        }
        finally
        {
            await wanzhou.PutAsJsonAsync($"/api/v1/programmes/{Programme}/sharing", new { joint_office = (string?)null });
        }

        // And a joint task stays the joint office's.
        Assert.False((await Json.ReadAsync(await wanzhou.GetAsync("/api/v1/tasks/WDK-2023-01/actions"))).GetProperty("may_edit").GetBoolean());
        Assert.True((await Json.ReadAsync(await office.GetAsync("/api/v1/tasks/WDK-2023-01/actions"))).GetProperty("may_edit").GetBoolean());
        await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Post, "/api/v1/tasks/WDK-2023-01/milestones", milestone), 403);
        await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Post, "/api/v1/tasks/WDK-2023-01/archive", new { reason = "测试" }), 403);
    }

    [Fact]
    public async Task Columns_Should_BeValidated_By_TheListTypesDefinition()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "06";

        var bad = await PatchFieldsAsync(wanzhou, key, new { total_investment = "五十五", construction_batch = "在建" });
        var problem = await Json.ProblemAsync(bad, 400);
        var errors = problem.GetProperty("errors");
        Assert.Contains("总投资", errors.GetProperty("fields.total_investment")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("续建", errors.GetProperty("fields.construction_batch")[0].GetString(), StringComparison.Ordinal);
        await Json.ProblemAsync(await PatchFieldsAsync(wanzhou, key, new { total_investment = -1 }), 400);
        await Json.ProblemAsync(await PatchFieldsAsync(wanzhou, key, new { no_such_column = "x" }), 400);
        await Json.ProblemAsync(await PatchFieldsAsync(wanzhou, key, new { total_investment = (string?)null }), 400);

        var ok = await PatchFieldsAsync(wanzhou, key, new { total_investment = 56.5, construction_batch = "续建" });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var fields = Fields(await Json.ReadAsync(ok));
        Assert.Equal(56.5m, fields["total_investment"].GetProperty("number").GetDecimal());
        Assert.Equal("continuing", fields["construction_batch"].GetProperty("value").GetString());

        // Filters check their columns too, and ranges are numeric on both providers (9 < 10 < 55).
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/tasks?list_type=major_project&field.scope=x"), 400);
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/tasks?list_type=major_project&field.total_investment=5"), 400);
        await Json.ProblemAsync(await wanzhou.GetAsync("/api/v1/tasks?field.total_investment.gte=5"), 400);
        var ranged = await AllAsync(wanzhou, $"list_type=major_project&programme={Programme}&field.total_investment.gte=9&field.total_investment.lte=12.5&q={prefix}");
        Assert.Equal([prefix + "24", prefix + "30", prefix + "32", prefix + "33"], ranged.Select(t => t.GetProperty("key").GetString()).Order());
    }

    [Fact]
    public async Task Stages_Should_BeDated_InOrder()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "09";

        await ExpectAsync(HttpStatusCode.OK, await StageAsync(wanzhou, key, "new_start", "2023-09-15"));
        Assert.Equal("rule_violation", (await Json.ProblemAsync(await StageAsync(wanzhou, key, "continuing", "2023-09-01"), 422)).GetProperty("code").GetString());
        await Json.ProblemAsync(await StageAsync(wanzhou, key, "continuing", "2099-01-01"), 400);
        await Json.ProblemAsync(await StageAsync(wanzhou, key, "building", "2024-01-01"), 400);
        var done = await Json.ReadAsync(await StageAsync(wanzhou, key, "continuing", "2024-01-10"));

        Assert.Equal("continuing", done.GetProperty("stage").GetString());
        var history = done.GetProperty("list_item").GetProperty("stage_history").EnumerateArray()
            .Select(s => (s.GetProperty("to").GetString(), s.GetProperty("on").GetString())).ToList();
        Assert.Equal([("major_preliminary", "2023-01-01"), ("new_start", "2023-09-15"), ("continuing", "2024-01-10")], history);
        Assert.Equal("major_preliminary", done.GetProperty("list_item").GetProperty("stage_history")[1].GetProperty("from").GetString());
    }

    [Fact]
    public async Task MonthlyInvestment_Should_RunUpAgainst_TheYearsPlan()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "08";
        var task = await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}"));
        var measure = task.GetProperty("targets")[0].GetProperty("measures")[0];
        Assert.Equal("完成投资", measure.GetProperty("metric").GetString());
        var id = measure.GetProperty("id").GetGuid();

        foreach (var (period, value, unit) in new[] { ("2023-01", 0.9m, "亿元"), ("2023-02", 6000m, "万元"), ("2023-02", 0.5m, "亿元") })
        {
            var report = await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/reports", new
            {
                period,
                narrative = "按月调度",
                status = "on_track",
                values = new[] { new { measure_id = id, value, unit } },
            });
            await ExpectAsync(HttpStatusCode.Created, report);
        }

        // The second February report is a revision: it replaces the first, it is not added to it.
        var investment = (await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}"))).GetProperty("list_item").GetProperty("investment");
        Assert.Equal(4.5m, investment.GetProperty("planned").GetDecimal());
        var months = investment.GetProperty("months").EnumerateArray().Select(m => (m.GetProperty("period").GetString(), m.GetProperty("completed").GetDecimal(), m.GetProperty("cumulative").GetDecimal())).ToList();
        Assert.Equal([("2023-01", 0.9m, 0.9m), ("2023-02", 0.5m, 1.4m)], months);
        Assert.Equal(31.1m, investment.GetProperty("percent_of_plan").GetDecimal());
    }

    [Fact]
    public async Task CarryOver_Should_PutTheItemOnNextYearsList_With_ItsHistory()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "06";
        var year = 2030 + Random.Shared.Next(0, 60);
        var issued = await wanzhou.PostAsJsonAsync("/api/v1/list-types", new
        {
            programme = Programme, year, code = "major_project", name_zh = "重大项目", name_en = "Major projects", key_prefix = $"WZ{year}-XM", copy_from_year = 2023,
        });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(11, (await Json.ReadAsync(issued)).GetProperty("columns").GetArrayLength());
        await StageAsync(wanzhou, key, "continuing", "2023-06-01");

        var carried = await SendAsync(wanzhou, HttpMethod.Post, $"/api/v1/tasks/{key}/carry-over", new { list_year = year, annual_target = "完成主体结构" });

        await ExpectAsync(HttpStatusCode.OK, carried);
        var item = await Json.ReadAsync(carried);
        Assert.Equal($"WZ{year}-XM-01", item.GetProperty("key").GetString());
        var list = item.GetProperty("list_item");
        Assert.Equal(year, list.GetProperty("list_year").GetInt32());
        Assert.Equal(key, list.GetProperty("carried_from")[0].GetProperty("key").GetString());
        Assert.Equal(55m, Fields(item)["total_investment"].GetProperty("number").GetDecimal());
        Assert.Equal("continuing", item.GetProperty("stage").GetString());
        Assert.Equal($"{year}-12-31", item.GetProperty("milestones")[0].GetProperty("due_date").GetString());

        var old = await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}"));
        Assert.Equal("archived", old.GetProperty("status").GetString());
        Assert.Equal($"WZ{year}-XM-01", old.GetProperty("list_item").GetProperty("carried_to").GetProperty("key").GetString());
        Assert.Equal(2, old.GetProperty("list_item").GetProperty("stage_history").GetArrayLength());
        Assert.Equal("rule_violation", (await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Post, $"/api/v1/tasks/{key}/carry-over", new { list_year = year }), 422)).GetProperty("code").GetString());
        await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Post, $"/api/v1/tasks/WZ{year}-XM-01/carry-over", new { list_year = 2024 }), 400);
    }

    [Fact]
    public async Task OwnItem_Should_LinkToTheJointTaskItContributesTo_SeenByItsCityOnly()
    {
        var (wanzhou, prefix) = await ImportProjectsAsync();
        var key = prefix + "29";

        // Project 29 (恩施至广元国家高速公路万州至开江段, 万达直线) is Wanzhou's part of the joint 达万直达高速.
        var linked = await SendAsync(wanzhou, HttpMethod.Put, $"/api/v1/tasks/{key}/contributes-to", new { joint_task = "WDK-2023-05" });
        await ExpectAsync(HttpStatusCode.OK, linked);
        Assert.Equal("WDK-2023-05", (await Json.ReadAsync(linked)).GetProperty("list_item").GetProperty("contributes_to").GetProperty("key").GetString());
        Assert.Equal([key], (await AllAsync(wanzhou, "contributes_to=WDK-2023-05")).Select(t => t.GetProperty("key").GetString()));
        foreach (var partner in new[] { "dz.admin", "joint.office" })
        {
            Assert.Empty(await AllAsync(await factory.ClientForAsync(partner), "contributes_to=WDK-2023-05"));
        }

        // Only to a joint task Wanzhou is a party to (秦巴物流园 is Dazhou's part alone), never to another own item.
        await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Put, $"/api/v1/tasks/{key}/contributes-to", new { joint_task = "WDK-2023-07-02" }), 400);
        await Json.ProblemAsync(await SendAsync(wanzhou, HttpMethod.Put, $"/api/v1/tasks/{key}/contributes-to", new { joint_task = prefix + "01" }), 400);
        var unlinked = await Json.ReadAsync(await SendAsync(wanzhou, HttpMethod.Put, $"/api/v1/tasks/{key}/contributes-to", new { joint_task = (string?)null }));
        Assert.False(unlinked.GetProperty("list_item").TryGetProperty("contributes_to", out var link) && link.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Import_Should_ReadEveryShippedLayout_And_RefuseAnotherCitysUnits()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        foreach (var (type, file, rows) in new[]
        {
            ("major_task", "wz-2023-major-tasks.csv", 21), ("major_project", "wz-2023-major-projects.csv", 35), ("major_policy", "wz-2023-major-policies.csv", 33),
            ("major_reform", "wz-2023-major-reforms.csv", 49), ("major_platform", "wz-2023-major-platforms.csv", 48),
        })
        {
            var report = await Json.ReadAsync(await wanzhou.PostAsync(
                $"/api/v1/imports/tasks?programme={Programme}&list_type={type}&year=2023&key_prefix=WZT{Random.Shared.Next(1000, 9999)}-", Csv(Sample(file))));
            Assert.Equal(rows, report.GetProperty("valid").GetInt32());
            Assert.Equal(0, report.GetProperty("invalid").GetInt32());

            // Every shipped row has its English working name (the column after the printed ones).
            Assert.DoesNotContain(report.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("warnings").EnumerateArray()), w => w.GetProperty("column").GetString() == "英文名称");
        }

        // The export carries the English names after the printed columns, and the importer reads them back.
        var exported = await wanzhou.GetStringAsync($"/api/v1/exports/lists/{Programme}/2023/major_project?format=csv");
        Assert.EndsWith(",备注,英文名称", exported.Split('\n')[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.Contains("Chongqing–Wanzhou high-speed railway", exported, StringComparison.Ordinal);
        var again = await Json.ReadAsync(await wanzhou.PostAsync(
            $"/api/v1/imports/tasks?programme={Programme}&list_type=major_project&year=2023&key_prefix=WZT{Random.Shared.Next(1000, 9999)}-", Csv(exported.TrimStart('\uFEFF'))));
        Assert.True(again.GetProperty("valid").GetInt32() >= 35);
        Assert.DoesNotContain(again.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("warnings").EnumerateArray()), w => w.GetProperty("column").GetString() == "英文名称");

        var csv = "序号,项目名称,建设批次,建设年限,建设内容及规模,总投资(亿元),年度计划投资(亿元),2023年度建设目标,牵头单位,所属领域,备注\n"
            + "1,测试项目,在建,2023—2024,内容,x,1,目标,达州市交通运输局,全国综合交通物流枢纽,\n";
        var refused = await Json.ReadAsync(await wanzhou.PostAsync($"/api/v1/imports/tasks?programme={Programme}&list_type=major_project&key_prefix=WZT-X-", Csv(csv)));
        var errors = refused.GetProperty("rows")[0].GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("column").GetString()).ToList();
        Assert.Contains("建设批次", errors);
        Assert.Contains("总投资(亿元)", errors);
        Assert.Contains("牵头单位", errors);

        // The joint office does not run (or see) Wanzhou's own programme; a column missing from the header is named.
        await Json.ProblemAsync(await (await factory.ClientForAsync("joint.office")).PostAsync($"/api/v1/imports/tasks?programme={Programme}&list_type=major_project", Csv(csv)), 400);
        var missing = await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/imports/tasks?programme={Programme}&list_type=major_project", Csv("序号,项目名称\n1,x\n")), 400);
        Assert.Contains("总投资", missing.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Client, string Prefix)> ImportProjectsAsync()
    {
        var wanzhou = await factory.ClientForAsync("wz.admin");
        var prefix = $"WZT{Random.Shared.Next(10000, 99999)}-";
        var response = await wanzhou.PostAsync(
            $"/api/v1/imports/tasks?programme={Programme}&list_type=major_project&year=2023&commit=true&key_prefix={prefix}", Csv(Sample("wz-2023-major-projects.csv")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (wanzhou, prefix);
    }

    private static async Task<JsonElement> WanzhouScoreAsync(HttpClient office, bool expectOwnItems)
    {
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2023-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var content = (await Json.ReadAsync(await office.GetAsync(created.Headers.Location))).GetProperty("content");
        var own = content.GetProperty("overdue_items").EnumerateArray().Any(i => i.GetProperty("task_key").GetString()!.StartsWith(Programme, StringComparison.Ordinal));
        Assert.True(expectOwnItems || !own);
        return content.GetProperty("jurisdictions").EnumerateArray().Single(j => j.GetProperty("code").GetString() == "WZ").GetProperty("score");
    }

    [GeneratedRegex(@"^WZ20(?!23)\d\d-")]
    private static partial Regex LaterList();

    private static async Task ExpectAsync(HttpStatusCode status, HttpResponseMessage response) =>
        Assert.True(response.StatusCode == status, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

    private static async Task<HashSet<string>> ChangedKeysAsync(HttpClient client)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        string? cursor = null;
        while (true)
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/changes?limit=200{(cursor is null ? "" : "&cursor=" + cursor)}"));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            foreach (var item in items)
            {
                if (item.GetProperty("data").TryGetProperty("task_key", out var key) && key.GetString() is { } text)
                {
                    keys.Add(text);
                }
            }

            if (items.Count == 0)
            {
                return keys;
            }

            cursor = page.GetProperty("next_cursor").GetString();
        }
    }

    private static Dictionary<string, JsonElement> Fields(JsonElement task) =>
        task.GetProperty("list_item").GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("key").GetString()!);

    /// <summary>The shipped items only (tests import copies of the lists under keys of their own).</summary>
    private static async Task<List<JsonElement>> ShippedAsync(HttpClient client, string query) =>
        (await AllAsync(client, query)).Where(t => t.GetProperty("key").GetString()!.StartsWith(Programme + "-", StringComparison.Ordinal)).ToList();

    private static async Task<List<JsonElement>> AllAsync(HttpClient client, string query)
    {
        var items = new List<JsonElement>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync($"/api/v1/tasks?{query}&limit=100" + (cursor is null ? "" : $"&cursor={cursor}")));
            items.AddRange(page.GetProperty("items").EnumerateArray());
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);
        return items;
    }

    private static async Task<HttpResponseMessage> PatchFieldsAsync(HttpClient client, string key, object fields) =>
        await SendAsync(client, HttpMethod.Patch, $"/api/v1/tasks/{key}/fields", fields);

    private static async Task<HttpResponseMessage> StageAsync(HttpClient client, string key, string stage, string on) =>
        await SendAsync(client, HttpMethod.Post, $"/api/v1/tasks/{key}/stages", new { stage, on, note = "测试" });

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object body)
    {
        var key = path.Split('/')[4];
        var etag = (await client.GetAsync($"/api/v1/tasks/{key}")).Headers.ETag!.ToString();
        return await client.SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body), Headers = { { "If-Match", etag } } });
    }

    private static string Sample(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Importing", "lists", file), Encoding.UTF8);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");
}
