using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Attachments.ListAttachments;
using CrossRegion.Application.Catalogue.ListCatalogue;
using CrossRegion.Application.Discussion.Common;
using CrossRegion.Application.Discussion.ListMessages;
using CrossRegion.Application.Reports.Common;
using CrossRegion.Application.Reports.ListReports;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Application.Tasks.GetTaskActions;
using MediatR;

namespace CrossRegion.Api.WebConsole.Tasks;

/// <summary>Everything a task's page shows, read through the same queries as the API's, for the person signed in.</summary>
public sealed record TaskView(
    TaskDetailDto Task,
    TaskActionsDto Actions,
    IReadOnlyList<AttachmentDto> Attachments,
    IReadOnlyList<ReportDto> Reports,
    IReadOnlyList<MessageDto> Comments,
    IReadOnlyList<MessageDto>? Notes,
    NamedCodeDto? Programme = null,
    NamedCodeDto? Category = null,
    IReadOnlyList<Application.Asks.AskDto>? Asks = null,
    IReadOnlyList<Application.Issues.IssueDto>? Issues = null)
{
    public const int ReportsShown = 24;
    public const int MessagesShown = 30;

    public static async Task<TaskView> ReadAsync(IMediator mediator, string key, bool allRevisions, CancellationToken cancellationToken = default)
    {
        var task = await mediator.Send(new GetTaskQuery(key), cancellationToken);
        var actions = await mediator.Send(new GetTaskActionsQuery(key), cancellationToken);
        var attachments = await mediator.Send(new ListAttachmentsQuery(key), cancellationToken);
        var reports = await mediator.Send(new ListReportsQuery(key, AllRevisions: allRevisions, Limit: ReportsShown), cancellationToken);
        var comments = await mediator.Send(new ListMessagesQuery(key, MessageKind.Comment, MessagesShown), cancellationToken);
        var notes = actions.MayNote ? await mediator.Send(new ListMessagesQuery(key, MessageKind.Note, MessagesShown), cancellationToken) : null;
        var catalogue = await mediator.Send(new ListCatalogueQuery(), cancellationToken);
        var asks = await mediator.Send(new Application.Asks.ListTaskAsksQuery(key), cancellationToken);
        var issues = await mediator.Send(new Application.Issues.ListTaskIssuesQuery(key), cancellationToken);
        return new TaskView(
            task, actions, attachments, reports.Items, comments.Items, notes?.Items,
            catalogue.Programmes.FirstOrDefault(p => p.Code == task.Programme), catalogue.Categories.FirstOrDefault(c => c.Code == task.Category), asks, issues);
    }

    public MilestoneActionsDto ActionsOn(Guid milestone) =>
        Actions.Milestones.FirstOrDefault(m => m.Id == milestone) ?? new MilestoneActionsDto(milestone, false, false, false);

    /// <summary>The measures a party reports against: its own and the task's aggregate ones, of every year's target.</summary>
    public IReadOnlyList<MeasureDto> MeasuresFor(string party) =>
        Task.Targets.OrderByDescending(t => t.Year).SelectMany(t => t.Measures).Where(m => m.Jurisdiction is null || m.Jurisdiction == party).ToList();
}
