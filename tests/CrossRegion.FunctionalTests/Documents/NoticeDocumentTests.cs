using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CrossRegion.FunctionalTests.Chasing;
using CrossRegion.FunctionalTests.Infrastructure;
using UglyToad.PdfPig;

namespace CrossRegion.FunctionalTests.Documents;

/// <summary>
/// The 催办单 as a document a provincial system archives: GET /api/v1/notices/{id} with Accept: application/pdf is one
/// A4 page whose text carries the 文号, the task and the dates; the same readers as the JSON, no one else.
/// </summary>
public sealed class NoticeDocumentTests(ChaseFactory factory) : IClassFixture<ChaseFactory>
{
    private static readonly string[] Cities = ["WZ", "DZ", "KZ", "YY"];

    [Fact]
    public async Task Notice_Should_ComeAsOneA4PdfPage_WithItsNumber_ForTheSameReadersAsItsJson()
    {
        var notice = await FormalNoticeAsync();
        var number = notice.GetProperty("number").GetString()!;
        var office = await factory.ClientForAsync("joint.office");

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/notices/{notice.GetProperty("id").GetInt64()}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/pdf"));
        var response = await office.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        await Console.ConsoleBrowser.SaveAsync("30-notice-api.pdf", bytes);

        using (var pdf = PdfDocument.Open(bytes))
        {
            Assert.Equal(1, pdf.NumberOfPages);
            var page = pdf.GetPage(1);
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
            var text = string.Concat(page.Letters.Select(l => l.Value));
            Assert.Contains(number, text, StringComparison.Ordinal);
            Assert.Contains("催", text, StringComparison.Ordinal);
            Assert.Contains(notice.GetProperty("task").GetProperty("key").GetString()!, text, StringComparison.Ordinal);
            Assert.Contains($"逾期{notice.GetProperty("days_overdue").GetInt32()}天", text, StringComparison.Ordinal);
            var due = DateOnly.Parse(notice.GetProperty("due_on").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains($"{due.Year}年{due.Month}月{due.Day}日", text, StringComparison.Ordinal);
            Assert.All(page.Letters, l => Assert.Contains("WenQuanYi", l.FontName, StringComparison.Ordinal));
        }

        // format=pdf says the same; in English the document stays the Chinese text.
        var byFormat = await office.GetAsync($"/api/v1/notices/{notice.GetProperty("id").GetInt64()}?format=pdf");
        Assert.Equal("application/pdf", byFormat.Content.Headers.ContentType!.MediaType);

        // JSON stays the default, and an unknown format is a 406 problem.
        var json = await office.GetAsync($"/api/v1/notices/{notice.GetProperty("id").GetInt64()}");
        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        var refused = await office.GetAsync($"/api/v1/notices/{notice.GetProperty("id").GetInt64()}?format=docx");
        Assert.Equal(HttpStatusCode.NotAcceptable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Notice_Pdf_Should_BeHiddenFromACityThatIsNoPartyToItsTask()
    {
        var notice = await FormalNoticeAsync();
        var key = notice.GetProperty("task").GetProperty("key").GetString()!;
        var office = await factory.ClientForAsync("joint.office");
        var task = await Json.ReadAsync(await office.GetAsync($"/api/v1/tasks/{key}"));
        var parties = task.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("jurisdiction").GetString()).ToHashSet();
        var outsider = Cities.FirstOrDefault(c => !parties.Contains(c));
        Assert.NotNull(outsider);

        var stranger = await factory.ClientForAsync(outsider!.ToLowerInvariant() + ".admin");
        var response = await stranger.GetAsync($"/api/v1/notices/{notice.GetProperty("id").GetInt64()}?format=pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var missing = await office.GetAsync("/api/v1/notices/987654321?format=pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Reminder_Should_HaveNoFormalDocument()
    {
        // Five working days before its due date, a milestone gets a reminder.
        factory.Clock.Now = ApiFactory.StartAt;
        var (key, _, _) = await ChaseTasks.CreateAsync(factory, new DateOnly(2026, 12, 14));
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var office = await factory.ClientForAsync("joint.office");
        var reminders = await Json.ReadAsync(await office.GetAsync($"/api/v1/notices?kind=reminder&task={key}"));
        var reminder = reminders.GetProperty("items").EnumerateArray().First();
        var response = await office.GetAsync($"/api/v1/notices/{reminder.GetProperty("id").GetInt64()}?format=pdf");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<JsonElement> FormalNoticeAsync()
    {
        await factory.ChaseAsync(new DateOnly(2026, 12, 7));
        var office = await factory.ClientForAsync("joint.office");
        var notices = await Json.ReadAsync(await office.GetAsync("/api/v1/notices?kind=notice&limit=1"));
        return notices.GetProperty("items").EnumerateArray().First();
    }
}
