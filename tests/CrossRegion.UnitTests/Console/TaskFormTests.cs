using Bunit;
using CrossRegion.Api.WebConsole.Tasks;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Milestones.SignOff;
using CrossRegion.Application.Reports.SubmitReport;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Tasks;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace CrossRegion.UnitTests.Console;

/// <summary>The task page's forms: their field errors come from the API's validators, in the person's language.</summary>
public sealed class TaskFormTests : IDisposable
{
    private readonly List<BunitContext> _contexts = [];

    [Fact]
    public void SignOff_Should_MarkTheEvidenceField_When_ItIsEmpty()
    {
        var mediator = new PipelineMediator(_ => TaskSamples.Task());
        var form = Render(mediator, TaskSamples.Task().Milestones[0]);

        form.Find("form").Submit();

        Assert.Equal("true", form.Find("textarea[name=text]").GetAttribute("aria-invalid"));
        Assert.Contains("不能为空", form.Find(".console-field-error").TextContent, StringComparison.Ordinal);
        Assert.Empty(mediator.Accepted);
    }

    [Fact]
    public void SignOff_Should_SpeakEnglish_When_ThePersonChoseIt()
    {
        var mediator = new PipelineMediator(_ => TaskSamples.Task());
        var form = Render(mediator, TaskSamples.Task().Milestones[0], culture: "en");

        form.Find("input[name=link]").Change("javascript:alert(1)");
        form.Find("textarea[name=text]").Change("Acceptance certificate");
        form.Find("form").Submit();

        Assert.Equal("link must be an absolute http or https URL.", form.Find(".console-field-error").TextContent);
        Assert.Contains("Sign off", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void SignOff_Should_SendTheVersionItWasOpenedOn_And_ShowWhatChanged_When_ThatVersionIsStale()
    {
        var calls = 0;
        var mediator = new PipelineMediator(request => request is SignOffMilestoneCommand { ExpectedVersion: 3 } && calls++ == 0
            ? throw new PreconditionFailedException("任务已被他人修改，请重新获取后再提交。", required: false)
            : TaskSamples.Task());
        var opened = TaskSamples.Task().Milestones[0];
        var form = Render(mediator, opened);
        form.Find("textarea[name=text]").Change("万州段已贯通");

        form.Find("form").Submit();

        // The page reloads the task (Dazhou signed meanwhile) and hands the form the new version.
        var reloaded = TaskSamples.Task(new SignOffDto("DZ", SignOffStatus.Confirmed, "达州段已贯通", null, "dz.transport", DateTimeOffset.UnixEpoch)).Milestones[0];
        form.Render(p => p.Add(f => f.Milestone, reloaded).Add(f => f.Version, 4));
        var stale = form.Find("[data-testid=stale]").TextContent;
        Assert.Contains("达州市", stale, StringComparison.Ordinal);
        Assert.Contains("达州段已贯通", stale, StringComparison.Ordinal);
        Assert.Equal("万州段已贯通", form.Find("textarea[name=text]").GetAttribute("value"));

        form.Find("form").Submit();
        var sent = Assert.IsType<SignOffMilestoneCommand>(Assert.Single(mediator.Accepted));
        Assert.Equal(4, sent.ExpectedVersion);
    }

    [Fact]
    public void SignOff_Should_LeaveOutAFileOverTheLimit_AndSayWhy()
    {
        var mediator = new PipelineMediator(_ => TaskSamples.Task());
        var form = Render(mediator, TaskSamples.Task().Milestones[0]);

        form.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromBinary(new byte[CrossRegion.Application.Attachments.Common.AttachmentContent.MaxBytes + 1], "扫描件.pdf"),
            InputFileContent.CreateFromBinary("%PDF-1.4"u8.ToArray(), "验收报告.pdf"));

        Assert.Contains("扫描件.pdf", form.Find(".console-alert").TextContent, StringComparison.Ordinal);
        Assert.Contains("20 MB", form.Find(".console-alert").TextContent, StringComparison.Ordinal);
        Assert.Single(form.FindAll(".console-files li"));
    }

    [Fact]
    public void Reject_Should_AskForAReason_AndOfferNoFiles()
    {
        var form = Render(new PipelineMediator(_ => TaskSamples.Task()), TaskSamples.Task().Milestones[0], MilestoneAction.Reject);

        form.Find("form").Submit();

        Assert.Contains("驳回理由", form.Markup, StringComparison.Ordinal);
        Assert.Empty(form.FindAll("input[type=file]"));
        Assert.Equal("true", form.Find("textarea[name=text]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Report_Should_AskWhy_When_AtRisk_And_MarkTheValueOfTheMeasureItBelongsTo()
    {
        var mediator = new PipelineMediator(_ => Guid.NewGuid());
        var context = ConsoleComponentContext.Create(mediator);
        _contexts.Add(context);
        var measures = TaskSamples.Task().Targets[0].Measures;
        var form = context.Render<ReportForm>(p => p
            .Add(f => f.TaskKey, "WDK-2024-S1").Add(f => f.Party, "万州区").Add(f => f.Measures, measures).Add(f => f.Period, "2024-05"));

        form.Find("select[name=status]").Change("at_risk");
        form.Find("textarea[name=narrative]").Change("征地受阻");
        form.Find("input[name=value-1]").Change("-3");
        form.Find("form").Submit();

        Assert.Equal("true", form.Find("textarea[name=status_reason]").GetAttribute("aria-invalid"));
        Assert.Null(form.Find("input[name=value-0]").GetAttribute("aria-invalid"));
        Assert.Equal("true", form.Find("input[name=value-1]").GetAttribute("aria-invalid"));
        Assert.Empty(mediator.Accepted);

        form.Find("textarea[name=status_reason]").Change("征地拆迁协议尚未签订");
        form.Find("input[name=value-1]").Change("3");
        form.Find("form").Submit();
        var sent = Assert.IsType<SubmitReportCommand>(Assert.Single(mediator.Accepted));
        Assert.Equal("2024-05", sent.Period);
        Assert.Equal(TaskSamples.Visitors, Assert.Single(sent.Values!).MeasureId);
    }

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }
    }

    private IRenderedComponent<SignOffForm> Render(PipelineMediator mediator, MilestoneDto milestone, MilestoneAction action = MilestoneAction.Confirm, string culture = "zh-CN")
    {
        var context = ConsoleComponentContext.Create(mediator, culture);
        _contexts.Add(context);
        var form = context.Render<SignOffForm>(p => p
            .Add(f => f.TaskKey, "WDK-2024-S1").Add(f => f.Milestone, milestone).Add(f => f.Version, 3).Add(f => f.Action, action)
            .Add(f => f.OnStale, EventCallback.Empty));
        return form;
    }
}
