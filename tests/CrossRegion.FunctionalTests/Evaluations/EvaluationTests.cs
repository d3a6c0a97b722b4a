using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CrossRegion.FunctionalTests.Evaluations;

/// <summary>
/// 年度评估 of 2023 over the shipped ledger: a draft scored by the year's scheme from the same per-party judgement as the
/// bulletin; Dazhou reads its own detail (not Wanzhou's), appeals an item, gets a bonus; the joint office answers and,
/// once the window has closed, publishes; the published evaluation is read-only and a correction is a new version.
/// </summary>
public sealed class EvaluationTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    [Fact]
    public async Task YearsEvaluation_Should_ScoreFromTheLedger_TakeAppeals_AndPublishReadOnly()
    {
        var office = await factory.ClientForAsync("joint.office");
        var dazhou = await factory.ClientForAsync("dz.admin");
        var wanzhou = await factory.ClientForAsync("wz.admin");
        factory.Clock.MorningOf(new DateOnly(2026, 11, 20));
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync("/api/v1/evaluation-schemes/2023", SchemeTests.Scheme(), Json.Snake)).StatusCode);

        var started = await office.PostAsJsonAsync("/api/v1/evaluations", new { year = 2023, appeals_until = "2026-11-25" }, Json.Snake);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var run = await Json.ReadAsync(started);
        var id = run.GetProperty("id").GetString();
        Assert.Equal(("draft", 1, "2023-12-31"), (run.GetProperty("status").GetString(), run.GetProperty("version").GetInt32(), run.GetProperty("as_of").GetString()));
        var ranking = run.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(["DZ", "KZ", "WZ", "YY"], ranking.Select(r => r.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.NotEmpty(run.GetProperty("units").EnumerateArray());

        // The items are the bulletin's: each party's part of a 2023 milestone (the shipped ledger owes no 2023 reports
        // and had no notices), so milestones carry the whole hundred.
        var dz = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ"));
        var items = dz.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("milestones", i.GetProperty("section").GetString()));
        var section = dz.GetProperty("score").GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("section").GetString() == "milestones");
        Assert.Equal((items.Count, 100m), (section.GetProperty("items").GetInt32(), section.GetProperty("weight").GetDecimal()));
        var bulletinLike = await factory.WithDbAsync(db => Task.FromResult(
            db.Tasks.Where(t => t.ProgrammeCode != "WZ2023").SelectMany(t => t.Milestones).Where(m => m.BaselineDueDate.Year == 2023).SelectMany(m => m.Owners).Count(o => o.JurisdictionCode == "DZ")));
        Assert.Equal(bulletinLike, items.Count);
        var total = ranking.Single(r => r.GetProperty("code").GetString() == "DZ").GetProperty("score").GetProperty("total").GetDecimal();
        Assert.Equal(total, dz.GetProperty("score").GetProperty("total").GetDecimal());

        // Paged: every item once over the pages, in the order judged; the score is the whole city's on every page.
        var paged = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?limit=3" + (cursor is null ? "" : $"&cursor={cursor}")));
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 3);
            Assert.Equal(total, page.GetProperty("score").GetProperty("total").GetDecimal());
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("next_cursor").GetString();
        }
        while (cursor is not null);
        Assert.Equal(items.Select(i => i.GetProperty("id").GetString()!), paged);
        Assert.Equal(0, (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?section=reports"))).GetProperty("items").GetArrayLength());
        Assert.Equal(items.Count, (await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?section=milestones&limit=200"))).GetProperty("items").GetArrayLength());
        await Json.ProblemAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?section=bonus"), 400);
        await Json.ProblemAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?cursor=not-ours"), 400);
        await Json.ProblemAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ?limit=0"), 400);

        // Another city's detail is not Dazhou's to read; a unit's is.
        await Json.ProblemAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/WZ"), 404);
        var unit = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{id}/jurisdictions/DZ/units/DZ-TRANSPORT"));
        Assert.InRange(unit.GetProperty("items").GetArrayLength(), 1, items.Count);

        // The scheme is fixed now, and the year has a draft already.
        await Json.ProblemAsync(await office.PutSnakeAsync("/api/v1/evaluation-schemes/2023", SchemeTests.Scheme(late: 0.1m), "\"1\""), 422);
        await Json.ProblemAsync(await office.PostAsJsonAsync("/api/v1/evaluations", new { year = 2023 }, Json.Snake), 409);

        // Dazhou appeals an overdue item (once); Wanzhou cannot reach it.
        var overdue = items.First(i => i.GetProperty("outcome").GetString() == "overdue");
        var itemId = overdue.GetProperty("id").GetString();
        var appealed = await Json.ReadAsync(await dazhou.PostAsJsonAsync($"/api/v1/evaluations/{id}/appeals", new { item_id = itemId, reason = "已按批准的延期完成，见联办函〔2023〕12号。" }, Json.Snake));
        var appeal = Assert.Single(appealed.GetProperty("appeals").EnumerateArray());
        Assert.Equal(("open", "milestones", overdue.GetProperty("subject").GetString()),
            (appeal.GetProperty("status").GetString(), appeal.GetProperty("section").GetString(), appeal.GetProperty("subject").GetString()));
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync($"/api/v1/evaluations/{id}/appeals", new { item_id = itemId, reason = "再次申诉" }, Json.Snake), 409);
        await Json.ProblemAsync(await wanzhou.PostAsJsonAsync($"/api/v1/evaluations/{id}/appeals", new { item_id = itemId, reason = "越权" }, Json.Snake), 404);
        await Json.ProblemAsync(await dazhou.PostAsJsonAsync($"/api/v1/evaluations/{id}/appeals", new { item_id = itemId }, Json.Snake), 400);

        // Not while appeals are open and waiting.
        Assert.Equal("evaluation.appeals_open", (await Json.ProblemAsync(await office.PostAsync($"/api/v1/evaluations/{id}/publish", null), 422)).GetProperty("rule").GetString());

        // A bonus, held to the scheme's cap of 5.
        await office.PostAsJsonAsync($"/api/v1/evaluations/{id}/adjustments", new { jurisdiction = "DZ", points = 3m, reason = "牵头完成达万直线前期工作", evidence = "川渝联办〔2023〕5号" }, Json.Snake);
        var bonused = await Json.ReadAsync(await office.PostAsJsonAsync($"/api/v1/evaluations/{id}/adjustments", new { jurisdiction = "DZ", points = 4m, reason = "示范经验推广", evidence = "简报第8期" }, Json.Snake));
        Assert.Equal(5m, bonused.GetProperty("score").GetProperty("bonus").GetDecimal());
        await Json.ProblemAsync(await office.PostAsJsonAsync($"/api/v1/evaluations/{id}/adjustments", new { jurisdiction = "DZ", points = 2m, reason = "无依据" }, Json.Snake), 400);

        // Upheld: the item takes the outcome the answer gives, and keeps what the ledger said.
        var answered = await Json.ReadAsync(await office.PostAsJsonAsync(
            $"/api/v1/evaluations/{id}/appeals/{appeal.GetProperty("id").GetString()}/answer", new { upheld = true, outcome = "after_extension", reason = "延期已获批准。" }, Json.Snake));
        var changed = answered.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == itemId);
        Assert.Equal(("after_extension", "overdue"), (changed.GetProperty("outcome").GetString(), changed.GetProperty("judged_outcome").GetString()));
        Assert.Equal("upheld", answered.GetProperty("appeals")[0].GetProperty("status").GetString());
        Assert.True(answered.GetProperty("score").GetProperty("total").GetDecimal() > total);

        // Once the window has closed it is published, and then read-only.
        factory.Clock.MorningOf(new DateOnly(2026, 11, 26));
        var published = await Json.ReadAsync(await office.PostAsync($"/api/v1/evaluations/{id}/publish", null));
        Assert.Equal("published", published.GetProperty("status").GetString());
        var announced = Assert.Single(await ChangeFeed.EventsAsync(factory.Services, wanzhou, "evaluation.published"), e => e.GetProperty("data").GetProperty("evaluation_id").GetString() == id);
        Assert.Equal((2023, 1), (announced.GetProperty("data").GetProperty("year").GetInt32(), announced.GetProperty("data").GetProperty("version").GetInt32()));
        Assert.Equal("evaluation.published", (await Json.ProblemAsync(
            await office.PostAsJsonAsync($"/api/v1/evaluations/{id}/adjustments", new { jurisdiction = "DZ", points = -1m, reason = "迟报", evidence = "通报" }, Json.Snake), 422)).GetProperty("rule").GetString());

        // As filed: a workbook with the ranking and, for Dazhou, its own detail only (its appeal, its bonus items).
        var workbook = await dazhou.GetAsync($"/api/v1/evaluations/{id}?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.Content.Headers.ContentType?.MediaType);
        using (var spreadsheet = SpreadsheetDocument.Open(new MemoryStream(await workbook.Content.ReadAsByteArrayAsync()), false))
        {
            var part = spreadsheet.WorkbookPart!;
            var sheets = part.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["排名", "责任单位", "明细", "加减分", "申诉", "说明"], sheets.Select(s => s.Name!.Value!));
            Assert.Equal(5, Rows(part, sheets[0]).Count);
            var detail = Rows(part, sheets[2]);
            Assert.Equal(items.Count + 1, detail.Count);
            Assert.All(detail.Skip(1), r => Assert.Equal("DZ", r.Descendants<InlineString>().First().InnerText));
            Assert.Equal(3, Rows(part, sheets[3]).Count);
        }

        Assert.Equal(HttpStatusCode.NotAcceptable, (await dazhou.GetAsync($"/api/v1/evaluations/{id}?format=pdf")).StatusCode);

        // A correction is a new version of the year, with the bonus items carried over.
        var corrected = await Json.ReadAsync(await office.PostAsJsonAsync("/api/v1/evaluations", new { year = 2023, appeals_until = "2026-12-05" }, Json.Snake));
        Assert.Equal(2, corrected.GetProperty("version").GetInt32());
        var dz2 = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations/{corrected.GetProperty("id").GetString()}/jurisdictions/DZ"));
        Assert.Equal(2, dz2.GetProperty("adjustments").GetArrayLength());
        var versions = await Json.ReadAsync(await dazhou.GetAsync("/api/v1/evaluations?year=2023"));
        Assert.Equal([2, 1], versions.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("version").GetInt32()));
        var first = await Json.ReadAsync(await dazhou.GetAsync("/api/v1/evaluations?year=2023&limit=1"));
        Assert.Equal(2, Assert.Single(first.GetProperty("items").EnumerateArray()).GetProperty("version").GetInt32());
        var second = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/evaluations?year=2023&limit=1&cursor={first.GetProperty("next_cursor").GetString()}"));
        Assert.Equal(1, Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("version").GetInt32());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next_cursor").ValueKind);
        await Json.ProblemAsync(await dazhou.GetAsync("/api/v1/evaluations?cursor=bogus"), 400);
    }

    private static List<Row> Rows(WorkbookPart part, Sheet sheet) => ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().ToList();
}
