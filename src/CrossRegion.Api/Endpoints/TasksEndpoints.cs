using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Tasks.ChangeTaskStatus;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Application.Tasks.GetTaskActions;
using CrossRegion.Application.Tasks.GetTaskHistory;
using CrossRegion.Application.Tasks.ListTasks;
using CrossRegion.Application.Tasks.UpdateTask;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

internal sealed class TasksEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks").WithTags("Tasks").RequireAuthorization();

        group.MapGet("/", ListTasks)
            .WithName("ListTasks")
            .WithSummary("The ledger (动态台账) of tasks the caller may see")
            .WithDescription(
                "Filters: programme, category, jurisdiction, role (combined with jurisdiction into one party), status " +
                "(default: active and closed), year, overdue, light (done, green, yellow, red), q (Chinese or English title, alias or key). Ordered by key; " +
                "pass next_cursor as cursor for the next page.")
            .WithStandardProblems();

        group.MapGet("/{key}", GetTask)
            .WithName("GetTask")
            .WithSummary("One task with parties, departments, targets, measures, milestones and sub-tasks")
            .WithDescription("404 both when the key does not exist and when the caller's jurisdiction is not a party.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", CreateTask)
            .WithName("CreateTask")
            .WithSummary("Put a new coordinated task on the ledger (joint office), or propose one as a draft (a city coordinator)")
            .WithDescription("Parties with roles, units (department codes of each party's jurisdiction) and shares; annual targets with measures; milestones with due dates and owning parties. Unknown references answer 400 by field, business rules 422, a taken key 409. Send Idempotency-Key to make retries safe: the same key and body replay the original response (Idempotent-Replayed: true); the same key with another body answers 422.")
            .WithIdempotencyKey()
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPatch("/{key}", UpdateTask)
            .WithName("UpdateTask")
            .WithSummary("Change a task's descriptive fields (joint-office coordinators); requires If-Match")
            .WithDescription("Send the ETag of your last GET in If-Match. 428 without it; 412 when the task changed since.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithIfMatch(required: true);

        foreach (var (route, action) in new[] { ("close", TaskStatusAction.Close), ("reopen", TaskStatusAction.Reopen), ("archive", TaskStatusAction.Archive), ("accept", TaskStatusAction.Accept), ("reject", TaskStatusAction.Reject) })
        {
            group.MapPost($"/{{key}}/{route}", (string key, ReasonBody? body, IMediator mediator, HttpContext context, CancellationToken ct) =>
                    ChangeStatus(key, action, body?.Reason, mediator, context, ct))
                .WithName($"{action}Task")
                .WithSummary(action switch
                {
                    TaskStatusAction.Close => "销号: close the task once every milestone is done (joint office; If-Match); it becomes read-only",
                    TaskStatusAction.Reopen => "Reopen a closed task, with a reason (joint office; If-Match)",
                    TaskStatusAction.Accept => "Accept a city's proposal (draft): it goes on the ledger (joint office; If-Match)",
                    TaskStatusAction.Reject => "Turn a city's proposal down, with a reason; it stays readable (joint office; If-Match)",
                    _ => "Archive the task, with a reason; nothing is deleted (joint office; If-Match)",
                })
                .WithSignOffProblems()
                .WithIfMatch(required: true);
        }

        group.MapGet("/{key}/actions", (string key, IMediator mediator, CancellationToken ct) => mediator.Send(new GetTaskActionsQuery(key), ct))
            .WithName("GetTaskActions")
            .WithSummary("What the caller may do on the task now: report, comment, note, and per milestone sign off, reject, ask for an extension")
            .WithDescription("Computed by the rules the commands apply (role, the party the caller speaks for, the task's and each milestone's state); version is the ETag it was computed on.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{key}/history", GetHistory)
            .WithName("GetTaskHistory")
            .WithSummary("The task's tamper-evident history: who changed what, acting for which city, before and after")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<TaskDetailDto>> CreateTask(
        CreateTaskCommand command, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var task = await TaskResponses.SendAsync(command, mediator, response, cancellationToken);
        return TypedResults.Created($"/api/v1/tasks/{task.Key}", task);
    }

    private static Task<Ok<TaskDetailDto>> ChangeStatus(
        string key, TaskStatusAction action, string? reason, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
        TaskResponses.OkAsync(
            new ChangeTaskStatusCommand(key, ETags.Parse(context.Request.Headers.IfMatch), action, reason), mediator, context.Response, cancellationToken);

    private static async Task<Ok<CursorPage<AuditEntryDto>>> GetHistory(
        string key, IMediator mediator, CancellationToken cancellationToken, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new GetTaskHistoryQuery(key, limit, cursor), cancellationToken));

    private static async Task<Ok<CursorPage<TaskSummaryDto>>> ListTasks(
        IMediator mediator,
        HttpRequest request,
        [AsParameters] LedgerFilters filters,
        CancellationToken cancellationToken,
        int? limit = null,
        string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(filters.ToQuery(limit, cursor, LedgerFilters.Fields(request)), cancellationToken));

    private static Task<Ok<TaskDetailDto>> GetTask(string key, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
        TaskResponses.OkAsync(new GetTaskQuery(key), mediator, response, cancellationToken);

    private static Task<Ok<TaskDetailDto>> UpdateTask(
        string key, TaskPatch patch, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
        TaskResponses.OkAsync(
            new UpdateTaskCommand(
                key, ETags.Parse(context.Request.Headers.IfMatch), patch.TitleZh, patch.TitleEn, patch.MainContent, patch.Stage,
                patch.Remarks, patch.Period, patch.ParentKey, patch.AddAliases),
            mediator,
            context.Response,
            cancellationToken);
}
