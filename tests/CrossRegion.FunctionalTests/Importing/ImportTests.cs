using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;

namespace CrossRegion.FunctionalTests.Importing;

/// <summary>POST /api/v1/imports/tasks with tables shaped like the 2023 annex.</summary>
[Collection(ApiCollection.Name)]
public sealed class ImportTests(ApiFactory factory)
{
    [Fact]
    public async Task DryRun_Should_MatchUnitsPerCity_And_WriteNothing()
    {
        var (prefix, csv) = Annex();
        var office = await factory.ClientForAsync("joint.office");

        var response = await office.PostAsync($"/api/v1/imports/tasks?key_prefix={prefix}", Csv(csv));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await Json.ReadAsync(response);
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal(4, report.GetProperty("valid").GetInt32());
        var railway = Row(report, prefix + "03");
        Assert.Equal("infrastructure", railway.GetProperty("category").GetString());
        var parties = railway.GetProperty("parties").EnumerateArray().ToDictionary(
            p => p.GetProperty("jurisdiction").GetString()!, p => p.GetProperty("departments").EnumerateArray().Select(d => d.GetString()).Order().ToList());
        Assert.Equal(["WZ-DRC", "WZ-TRANSPORT"], parties["WZ"]);
        Assert.Equal(["DZ-DRC", "DZ-TRANSPORT"], parties["DZ"]);
        Assert.Contains(railway.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("column").GetString() == "英文名称");
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/tasks/{prefix}03")).StatusCode);
    }

    [Fact]
    public async Task Commit_Should_PutEveryRowOnTheLedger_With_TargetAndYearEndMilestone()
    {
        var (prefix, csv) = Annex();
        var office = await factory.ClientForAsync("joint.office");

        var response = await office.PostAsync($"/api/v1/imports/tasks?commit=true&key_prefix={prefix}&source_document=万州府办发〔2023〕12号", Csv(csv));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await Json.ReadAsync(response)).GetProperty("committed").GetBoolean());
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{prefix}01"));
        Assert.Equal("ecology", task.GetProperty("category").GetString());
        Assert.Equal(2023, task.GetProperty("period").GetProperty("start_year").GetInt32());
        Assert.Equal(["DZ", "KZ", "WZ"], task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()).Order());
        Assert.StartsWith("实施“两岸青山", task.GetProperty("targets")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        var milestone = task.GetProperty("milestones")[0];
        Assert.Equal("2023-12-31", milestone.GetProperty("due_date").GetString());
        Assert.Equal(3, milestone.GetProperty("owners").GetArrayLength());
        Assert.Equal("万州府办发〔2023〕12号", task.GetProperty("source").GetProperty("document").GetString());
        var period = (await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{prefix}02"))).GetProperty("period");
        Assert.Equal(2025, period.GetProperty("end_year").GetInt32());
    }

    [Fact]
    public async Task Commit_Should_WriteNothing_When_OneRowIsBad()
    {
        var (prefix, csv) = Annex(extraUnit: "万州区不存在局");
        var office = await factory.ClientForAsync("joint.office");

        var response = await office.PostAsync($"/api/v1/imports/tasks?commit=true&key_prefix={prefix}", Csv(csv));

        var problem = await Json.ProblemAsync(response, 422);
        Assert.Equal("import_rejected", problem.GetProperty("code").GetString());
        var bad = Row(problem.GetProperty("report"), prefix + "04");
        Assert.Equal("责任单位", bad.GetProperty("errors")[0].GetProperty("column").GetString());
        Assert.Contains("万州区不存在局", bad.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        foreach (var n in new[] { "01", "02", "03", "04" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/tasks/{prefix}{n}")).StatusCode);
        }
    }

    [Fact]
    public async Task Commit_Should_RefuseKeysAlreadyOnTheLedger()
    {
        var (prefix, csv) = Annex();
        var office = await factory.ClientForAsync("joint.office");
        await office.PostAsync($"/api/v1/imports/tasks?commit=true&key_prefix={prefix}", Csv(csv));

        var again = await office.PostAsync($"/api/v1/imports/tasks?commit=true&key_prefix={prefix}", Csv(csv));

        var report = (await Json.ProblemAsync(again, 422)).GetProperty("report");
        Assert.All(report.GetProperty("rows").EnumerateArray(), r => Assert.Equal("编号", r.GetProperty("errors")[0].GetProperty("column").GetString()));
    }

    [Fact]
    public async Task ReplayedCommit_Should_AnswerTheOriginalReport_Without_ImportingTwice()
    {
        var (prefix, csv) = Annex();
        var office = await factory.ClientForAsync("joint.office");
        var key = Guid.NewGuid().ToString();
        HttpRequestMessage Request() => new(HttpMethod.Post, $"/api/v1/imports/tasks?commit=true&key_prefix={prefix}")
        {
            Content = Csv(csv),
            Headers = { { "Idempotency-Key", key } },
        };

        var first = await office.SendAsync(Request());
        var replay = await office.SendAsync(Request());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, replay.StatusCode);
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(4, (await Json.ReadAsync(replay)).GetProperty("valid").GetInt32());
    }

    [Fact]
    public async Task Upload_Should_AcceptAFormFileWithABom()
    {
        var (prefix, csv) = Annex();
        var office = await factory.ClientForAsync("joint.office");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "annex.csv");

        var response = await office.PostAsync($"/api/v1/imports/tasks?key_prefix={prefix}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(4, (await Json.ReadAsync(response)).GetProperty("valid").GetInt32());
    }

    [Fact]
    public async Task Upload_Should_Answer400_ForGbk_MissingColumns_Or_BadParameters()
    {
        var office = await factory.ClientForAsync("joint.office");
        var (_, csv) = Annex();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = new ByteArrayContent(Encoding.GetEncoding("GB18030").GetBytes(csv));
        gbk.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        Assert.Equal("csv_encoding", (await Json.ProblemAsync(await office.PostAsync("/api/v1/imports/tasks", gbk), 400)).GetProperty("code").GetString());
        Assert.Equal("csv_columns", (await Json.ProblemAsync(await office.PostAsync("/api/v1/imports/tasks", Csv("序号,项目名称\n1,某项目\n")), 400)).GetProperty("code").GetString());
        var problem = await Json.ProblemAsync(await office.PostAsync("/api/v1/imports/tasks?key_prefix=bad&list_type=No-Such", Csv(csv)), 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("key_prefix", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("list_type", out _));
        var unknown = await Json.ProblemAsync(await office.PostAsync("/api/v1/imports/tasks?list_type=no_such_list", Csv(csv)), 400);
        Assert.Contains("list-types", unknown.GetProperty("errors").GetProperty("list_type")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wz.admin")]
    [InlineData("province.observer")]
    public async Task Import_Should_Answer403_ForAnyoneButTheJointOffice(string account)
    {
        var client = await factory.ClientForAsync(account);

        await Json.ProblemAsync(await client.PostAsync("/api/v1/imports/tasks", Csv(Annex().Csv)), 403);
    }

    [Fact]
    public async Task DryRun_Should_MatchEveryUnitOfTheReal2023Annex()
    {
        var csv = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Importing", "wdk-2023-annex.csv"));
        var office = await factory.ClientForAsync("joint.office");

        var report = await Json.ReadAsync(await office.PostAsync($"/api/v1/imports/tasks?key_prefix=WDK-A{Random.Shared.Next(100000, 999999)}-", Csv(csv)));

        var errors = report.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("errors").EnumerateArray()).Select(e => e.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(25, report.GetProperty("valid").GetInt32());
        var categories = report.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("category").GetString()).Distinct();
        Assert.Equal(["ecology", "infrastructure", "industry", "opening_up", "public_services", "reform"], categories);
    }

    [Fact]
    public async Task DryRun_Should_MatchTheShortNamesTheOfficialListsUse_OnTheirCitysLine()
    {
        var office = await factory.ClientForAsync("joint.office");
        var prefix = $"WDK-A{Random.Shared.Next(100000, 999999)}-";
        const string wanzhou = "万州区林业局、区交通局、区人力社保局、区农业农村委、区卫生健康委、区发展改革委、区国资委、区委组织部、区市场监管局、区教委、区文化旅游委、区水利局、区物流办、区生态环境局、区科技局、区经济信息委、区医保局、区商务委、区工商联";
        const string dazhou = "达州市林业局、东部经开区、市交通运输局、市人力资源社会保障局、市发展改革委、市国资委、市经信局";
        const string kaizhou = "开州区林业局、区交通局、区人力社保局、区国资委、区经济信息委";
        var joint = $"序号,项目名称,建设时限,主要内容,2023年目标任务,责任单位\n一,共筑绿色生态屏障,,,,\n1,联合任务,2023年底,内容,目标,\"{wanzhou}\n{dazhou}\n{kaizhou}\"\n";
        var ownPlan = "序号,项目名称,建设时限,主要内容,2023年目标任务,责任单位\n一,共筑绿色生态屏障,,,,\n1,万州任务,2023年底,内容,目标,\"区交通局、区医保局、万州区税务局、三峡保税公司、万州经开区经济发展局\"\n";

        var jointRow = (await Json.ReadAsync(await office.PostAsync($"/api/v1/imports/tasks?key_prefix={prefix}", Csv(joint)))).GetProperty("rows")[0];
        var ownRow = (await Json.ReadAsync(await office.PostAsync($"/api/v1/imports/tasks?key_prefix={prefix}&jurisdiction=WZ", Csv(ownPlan)))).GetProperty("rows")[0];

        Assert.Empty(jointRow.GetProperty("errors").EnumerateArray());
        var parties = jointRow.GetProperty("parties").EnumerateArray().ToDictionary(
            p => p.GetProperty("jurisdiction").GetString()!, p => p.GetProperty("departments").EnumerateArray().Select(d => d.GetString()!).ToList());
        Assert.Equal(19, parties["WZ"].Distinct().Count());
        Assert.Contains("WZ-MEDICAL-SECURITY", parties["WZ"]);
        Assert.Equal(["DZ-DRC", "DZ-EASTERN-EDZ", "DZ-ECONOMY", "DZ-FORESTRY", "DZ-HR", "DZ-SASAC", "DZ-TRANSPORT"], parties["DZ"].Order());
        Assert.Equal(["KZ-ECONOMY", "KZ-FORESTRY", "KZ-HR", "KZ-SASAC", "KZ-TRANSPORT"], parties["KZ"].Order());
        Assert.Empty(ownRow.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            ["WZ-BONDED-CO", "WZ-EDZ-ECONOMY", "WZ-MEDICAL-SECURITY", "WZ-TAX", "WZ-TRANSPORT"],
            Assert.Single(ownRow.GetProperty("parties").EnumerateArray()).GetProperty("departments").EnumerateArray().Select(d => d.GetString()!).Order());
    }

    private static JsonElement Row(JsonElement report, string key) =>
        report.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key);

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    /// <summary>Rows 1–4 of the 2023 annex (abridged), with a fresh key prefix.</summary>
    private static (string Prefix, string Csv) Annex(string extraUnit = "开州区交通局")
    {
        var prefix = $"WDK-I{Random.Shared.Next(100000, 999999)}-";
        var csv = $"""
            序号,项目名称,"建设
            时限",主要内容,2023年目标任务,责任单位,备注
            一,共筑绿色生态屏障,,,,,
            1,实施三峡库区消落带综合治理和岸线保护、“两岸青山·千里林带”等生态治理工程,2023年底,持续实施“两岸青山·千里林带”项目。,实施“两岸青山·千里林带”项目，新增营造林6.93万亩。,"万州区林业局
            达州市林业局
            开州区林业局",
            2,联合推动铁峰山国家森林公园创建“绿水青山就是金山银山”实践创新基地,2023—2025年,共同开展铁峰山国家森林公园生态修复综合提升行动。,万州与开州推进实践创新基地创建工作。,"万州区生态环境局
            开州区生态环境局",
            二,共构基础设施网络,,,,,
            3,广巴达万铁路扩能改造,2023—2025年,组织启动项目可行性研究等前期工作。,推动项目可行性研究等前期工作。,"万州区发展改革委、区交通局
            达州市发展改革委、市交通运输局",
            4,万开达直线高速,2021—2025年,新建万州至开州南雅高速公路50.8公里。,完成土建大临设施。,"万州区交通局
            {extraUnit}",备注示例

            """;
        return (prefix, csv);
    }
}
