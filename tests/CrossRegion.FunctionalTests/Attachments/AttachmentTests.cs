using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.FunctionalTests.Infrastructure;
using CrossRegion.FunctionalTests.Milestones;

namespace CrossRegion.FunctionalTests.Attachments;

/// <summary>
/// 佐证材料 through the storage port: the database on the SQLite run, a folder on the PostgreSQL run (server mode as
/// an installation with a shared folder runs it). Checked by content, scanned, readable by the task's readers only.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AttachmentTests(ApiFactory factory)
{
    [Fact]
    public async Task Attach_Should_StoreTheEvidence_And_LetEveryPartyDownloadTheSameBytes()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var pdf = EvidenceFiles.Pdf("万州段交工验收报告");

        // The declared type is the browser's guess; the content decides.
        var created = await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(pdf, "万州段交工验收报告.pdf", joint, "text/html"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var attachment = await Json.ReadAsync(created);
        Assert.Equal("pdf", attachment.GetProperty("kind").GetString());
        Assert.Equal("application/pdf", attachment.GetProperty("content_type").GetString());
        Assert.Equal("WZ", attachment.GetProperty("jurisdiction").GetString());
        Assert.Equal(joint, attachment.GetProperty("milestone_id").GetGuid());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), attachment.GetProperty("sha256").GetString());
        Assert.Equal("clean", attachment.GetProperty("scan").GetString());

        var dazhou = await factory.ClientForAsync("dz.transport");
        var listed = await Json.ReadAsync(await dazhou.GetAsync($"/api/v1/tasks/{key}/attachments"));
        Assert.Contains(listed.EnumerateArray(), a => a.GetProperty("file_name").GetString() == "万州段交工验收报告.pdf");
        var download = await dazhou.GetAsync(created.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("万州段交工验收报告.pdf", download.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Attachments_Should_BeNotFound_For_ACityThatIsNoParty()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var created = await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Png(), "现场照片.png", joint));
        var location = created.Headers.Location!.ToString();

        var kaizhou = await factory.ClientForAsync("kz.admin");
        await Json.ProblemAsync(await kaizhou.GetAsync(location), 404);
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{key}/attachments"), 404);
        await Json.ProblemAsync(await kaizhou.DeleteAsync(location), 404);
        await Json.ProblemAsync(await kaizhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Png(), "x.png")), 404);

        // Another task's key with this attachment's id is no way round it either.
        var own = await TestTasks.CreateThreeCityTaskAsync(factory);
        await Json.ProblemAsync(await kaizhou.GetAsync($"/api/v1/tasks/{own.Key}/attachments/{location.Split('/')[^1]}"), 404);
    }

    [Theory]
    [InlineData("html", "evidence.pdf", "attachment.type_refused")]
    [InlineData("zip", "evidence.docx", "attachment.type_refused")]
    [InlineData("png", "evidence.pdf", "attachment.type_mismatch")]
    [InlineData("docx", "会议纪要.xlsx", "attachment.type_mismatch")]
    [InlineData("pdf", "evidence.html", "attachment.type_mismatch")]
    [InlineData("empty", "evidence.pdf", "attachment.empty")]
    [InlineData("eicar", "evidence.pdf", "attachment.infected")]
    public async Task Attach_Should_Refuse_AFileThatIsNotWhatItSays(string content, string fileName, string rule)
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var bytes = content switch
        {
            "html" => Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>"),
            "zip" => EvidenceFiles.Zip(),
            "png" => EvidenceFiles.Png(),
            "docx" => EvidenceFiles.Docx(),
            "pdf" => EvidenceFiles.Pdf(),
            "eicar" => [.. EvidenceFiles.Pdf(), .. Encoding.ASCII.GetBytes(SignatureScanner.Eicar)],
            _ => [],
        };

        var response = await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(bytes, fileName, joint, "application/pdf"));

        Assert.Equal(rule, (await Json.ProblemAsync(response, 422)).GetProperty("rule").GetString());
        Assert.Equal(0, (await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}/attachments"))).GetArrayLength());
    }

    [Fact]
    public async Task Attach_Should_Answer413_When_TheFileIsOverTheLimit_And_400Or415_When_TheFormIsWrong()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        byte[] overBody = [.. EvidenceFiles.Pdf(), .. new byte[21 * 1024 * 1024]];
        byte[] overFile = [.. EvidenceFiles.Pdf(), .. new byte[20 * 1024 * 1024]];

        // Over the request limit: refused from Content-Length before the body is read; a file just over the limit
        // inside a body under it: refused by the rule, with the limit named.
        // (Expect: 100-continue, as curl sends a large body: the answer comes before the body is sent.)
        using var overLimit = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/tasks/{key}/attachments") { Content = EvidenceFiles.Form(overBody, "扫描件.pdf", joint) };
        overLimit.Headers.ExpectContinue = true;
        await Json.ProblemAsync(await wanzhou.SendAsync(overLimit), 413);
        var tooLarge = await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(overFile, "扫描件.pdf", joint)), 422);
        Assert.Equal("attachment.too_large", tooLarge.GetProperty("rule").GetString());
        await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", new MultipartFormDataContent { { new StringContent("x"), "note" } }), 400);
        await Json.ProblemAsync(await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/attachments", new { file = "x" }), 415);
        var badMilestone = EvidenceFiles.Form(EvidenceFiles.Pdf(), "a.pdf");
        badMilestone.Add(new StringContent("not-a-guid"), "milestone_id");
        await Json.ProblemAsync(await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", badMilestone), 400);
    }

    [Fact]
    public async Task Attach_Should_BeForbidden_To_APartyThatDoesNotOwnTheMilestone()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var dazhou = await factory.ClientForAsync("dz.transport");

        await Json.ProblemAsync(await dazhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Pdf(), "a.pdf", wanzhouOnly)), 403);
        var observer = await factory.ClientForAsync("province.observer");
        await Json.ProblemAsync(await observer.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Pdf(), "a.pdf")), 403);
    }

    [Fact]
    public async Task Remove_Should_TakeBackAMistake_But_KeepEvidenceTheMilestoneWasSignedOn()
    {
        var (key, joint, _) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        var mistake = (await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Docx(), "错误文件.docx", joint))).Headers.Location!;
        var evidence = (await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Pdf(), "验收报告.pdf", joint))).Headers.Location!;

        var dazhou = await factory.ClientForAsync("dz.transport");
        await Json.ProblemAsync(await dazhou.DeleteAsync(mistake), 403);
        Assert.Equal(HttpStatusCode.NoContent, (await wanzhou.DeleteAsync(mistake)).StatusCode);
        await Json.ProblemAsync(await wanzhou.GetAsync(mistake), 404);

        (await wanzhou.PostAsJsonAsync($"/api/v1/tasks/{key}/milestones/{joint}/sign-off", new { evidence = "见附件验收报告" })).EnsureSuccessStatusCode();
        Assert.Equal("attachment.confirmed", (await Json.ProblemAsync(await wanzhou.DeleteAsync(evidence), 422)).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, (await wanzhou.GetAsync(evidence)).StatusCode);

        // Both the upload and the take-back are in the task's history, by whom and for which city.
        var history = await Json.ReadAsync(await wanzhou.GetAsync($"/api/v1/tasks/{key}/history"));
        var text = history.GetRawText();
        Assert.Contains("错误文件.docx", text, StringComparison.Ordinal);
        Assert.Contains("\"deleted\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Milestone_Should_StayOnTheRecord_When_EvidenceIsAttachedToIt()
    {
        var (key, _, wanzhouOnly) = await TestTasks.CreateThreeCityTaskAsync(factory, withKaizhou: false);
        var wanzhou = await factory.ClientForAsync("wz.transport");
        (await wanzhou.PostAsync($"/api/v1/tasks/{key}/attachments", EvidenceFiles.Form(EvidenceFiles.Pdf(), "a.pdf", wanzhouOnly))).EnsureSuccessStatusCode();
        var office = await factory.ClientForAsync("joint.office");
        var task = await office.GetAsync($"/api/v1/tasks/{key}");

        using var remove = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/tasks/{key}/milestones/{wanzhouOnly}");
        remove.Headers.TryAddWithoutValidation("If-Match", task.Headers.ETag!.Tag);
        var response = await office.SendAsync(remove);

        Assert.Equal("milestone.has_history", (await Json.ProblemAsync(response, 422)).GetProperty("rule").GetString());
    }
}
