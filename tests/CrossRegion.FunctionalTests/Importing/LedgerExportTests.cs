using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Tasks;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CrossRegion.FunctionalTests.Importing;

/// <summary>
/// GET /api/v1/exports/ledger: the ledger in the annex's layout, as CSV and XLSX, for exactly what the caller may see;
/// the CSV goes back through the import's dry run without a row error.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class LedgerExportTests(ApiFactory factory)
{
    [Fact]
    public async Task Csv_Should_PassTheImportsDryRun_WithAKeyPrefix_AndComeBackAsItWent()
    {
        var office = await factory.ClientForAsync("joint.office");
        var formula = await CreateAsync(office, "=HYPERLINK(\"http://evil.example\",\"点击\")");

        var export = await office.GetAsync("/api/v1/exports/ledger?format=csv&year=2024&status=active");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        var csv = await export.Content.ReadAsStringAsync();
        var header = csv.TrimStart('\uFEFF')[..csv.TrimStart('\uFEFF').IndexOf('\r', StringComparison.Ordinal)];
        Assert.Equal("序号,项目名称,英文名称,类别,建设时限,主要内容,2024年目标任务,责任单位,备注,台账编号,状态,下一节点,是否逾期", header);
        Assert.Contains("'=HYPERLINK", csv, StringComparison.Ordinal);

        var dryRun = await office.PostAsync("/api/v1/imports/tasks?key_prefix=EXP-2024-", new StringContent(csv, Encoding.UTF8, "text/csv"));
        var report = await Json.ReadAsync(dryRun);
        Assert.Equal(HttpStatusCode.OK, dryRun.StatusCode);
        var errors = report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("errors").GetArrayLength() > 0).Select(r => r.GetRawText()).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(5)));
        Assert.Equal(Keys(csv).Count, report.GetProperty("valid").GetInt32());

        // The guard is the export's, not the data's: the import reads the title as it was stored.
        Assert.Contains(report.GetProperty("rows").EnumerateArray(), r => r.GetProperty("title").GetString() == formula);
    }

    [Fact]
    public async Task Xlsx_Should_HoldTheSameRows_AsText_When_AskedByAccept()
    {
        var office = await factory.ClientForAsync("joint.office");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/exports/ledger?programme=WDK");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var xlsx = await office.SendAsync(request);
        var csv = await (await office.GetAsync("/api/v1/exports/ledger?programme=WDK&format=csv")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal("项目名称", rows[0].Elements<Cell>().ElementAt(1).InnerText);
        Assert.All(rows.SelectMany(r => r.Elements<Cell>()), cell => Assert.Null(cell.CellFormula));
        var keys = Keys(csv);
        Assert.Equal(keys.Count + 1, rows.Count);
        Assert.Equal(keys[0], rows[1].Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith('J')).InnerText);
    }

    [Theory]
    [InlineData("kz.admin")]
    [InlineData("yy.transport")]
    public async Task Export_Should_HoldExactlyTheTasksTheCityMaySee(string user)
    {
        var client = await factory.ClientForAsync(user);
        var exported = Keys(await (await client.GetAsync("/api/v1/exports/ledger?format=csv")).Content.ReadAsStringAsync());

        var listed = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await client.GetAsync("/api/v1/tasks?limit=200" + (cursor is null ? null : $"&cursor={Uri.EscapeDataString(cursor)}")));
            listed.AddRange(page.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("key").GetString()!));
            cursor = page.GetProperty("next_cursor").ValueKind == JsonValueKind.String ? page.GetProperty("next_cursor").GetString() : null;
        }
        while (cursor is not null);

        Assert.NotEmpty(exported);
        Assert.Equal(listed, exported);
    }

    [Fact]
    public async Task Export_Should_Answer406_For_AFormatItDoesNotMake()
    {
        var office = await factory.ClientForAsync("joint.office");
        await Json.ProblemAsync(await office.GetAsync("/api/v1/exports/ledger?format=pdf"), 406);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/exports/ledger");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        await Json.ProblemAsync(await office.SendAsync(request), 406);
    }

    // The 台账编号 column of every row.
    private static List<string> Keys(string csv)
    {
        using var reader = new CsvHelper.CsvReader(new StringReader(csv.TrimStart('\uFEFF')), System.Globalization.CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetField("台账编号")!);
        }

        return keys;
    }

    private static async Task<string> CreateAsync(HttpClient office, string title)
    {
        var body = new TaskBody(
            $"WDK-2024-F{Random.Shared.Next(100000, 999999)}", "joint_key_task", "WDK", "infrastructure", title, "Formula title",
            [], new("2024年", 2024, 2024), "导出测试。", null, null, [new("WZ", "responsible", null, ["WZ-TRANSPORT"])],
            [new TargetBody(2024, "-完成前期工作", [])], []);
        (await office.PostSnakeAsync("/api/v1/tasks", body)).EnsureSuccessStatusCode();
        return title;
    }
}
