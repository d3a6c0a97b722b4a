using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using UglyToad.PdfPig;

namespace CrossRegion.FunctionalTests.Documents;

/// <summary>
/// 季通报 as the documents provincial systems archive: GET /api/v1/bulletins/{id} as a PDF on A4 landscape (generation
/// time in Beijing time) and as a workbook whose counts are numbers; a city that is no party to a task finds it in
/// neither.
/// </summary>
public sealed class BulletinDocumentTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    [Fact]
    public async Task Bulletin_Should_ComeAsALandscapePdf_AndAWorkbook_WithOnlyWhatTheReaderSees()
    {
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        var office = await factory.ClientForAsync("joint.office");
        var kaizhou = await factory.ClientForAsync("kz.transport");
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 4));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        factory.Clock.MorningOf(new DateOnly(2026, 12, 31));
        var created = await office.PostAsJsonAsync("/api/v1/bulletins", new { period = "2026-Q4" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();

        var pdf = await DocumentAsync(office, location, "application/pdf");
        await Console.ConsoleBrowser.SaveAsync("40-bulletin-api.pdf", pdf);
        using (var document = PdfDocument.Open(pdf))
        {
            var first = document.GetPage(1);
            Assert.Equal((842, 595), ((int)Math.Round(first.Width), (int)Math.Round(first.Height)));
            var text = string.Concat(document.GetPages().SelectMany(p => p.Letters).Select(l => l.Value));
            Assert.Contains("重点任务推进情况通报（2026-Q4）", text, StringComparison.Ordinal);
            Assert.Contains("（北京时间）", text, StringComparison.Ordinal);
            Assert.Contains("达州市", text, StringComparison.Ordinal);
            Assert.Contains(key, text, StringComparison.Ordinal);
            Assert.Contains($"共 {document.NumberOfPages} 页", text, StringComparison.Ordinal);
        }

        // Kaizhou is no party to the task: the figures, not the task.
        using (var forKaizhou = PdfDocument.Open(await DocumentAsync(kaizhou, location, "application/pdf")))
        {
            Assert.DoesNotContain(key, string.Concat(forKaizhou.GetPages().SelectMany(p => p.Letters).Select(l => l.Value)), StringComparison.Ordinal);
        }

        var workbook = await DocumentAsync(office, location + "?format=xlsx", null);
        using (var spreadsheet = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            var part = spreadsheet.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["各地区", "各责任单位", "逾期事项", "逾期按规划", "争取事项", "专班", "要素保障", "说明"], sheets.Select(s => s.Name!.Value!));
            var cities = ((WorksheetPart)part.GetPartById(sheets[0].Id!)).Worksheet.Descendants<Row>().ToList();
            Assert.Equal(5, cities.Count);
            Assert.Equal(15, cities[0].Elements<Cell>().Count());
            var due = cities[1].Elements<Cell>().ElementAt(2);
            Assert.Equal(CellValues.Number, due.DataType!.Value);
            var overdue = ((WorksheetPart)part.GetPartById(sheets[2].Id!)).Worksheet.Descendants<InlineString>().Select(s => s.InnerText).ToList();
            Assert.Contains(key, overdue);
        }

        var refused = await office.GetAsync(location + "?format=docx");
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync($"/api/v1/bulletins/{Guid.NewGuid()}?format=pdf")).StatusCode);
    }

    private static async Task<byte[]> DocumentAsync(HttpClient client, string location, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, location);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(accept ?? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
