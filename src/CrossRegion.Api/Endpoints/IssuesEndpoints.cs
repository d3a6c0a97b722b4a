using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Issues;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>问题协调 / 清障: what blocks a task, addressed to whoever can clear it, under the task and as one collection.</summary>
internal sealed class IssuesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/v1/tasks/{key}/issues").WithTags("Issues").RequireAuthorization();
        tasks.MapPost("/", async (string key, IssueBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var issue = await mediator.Send(new RaiseIssueCommand(key, body.Subject, body.HelpNeeded, body.AddresseeKind, body.Addressee, body.ReplyBy, body.MilestoneId, body.Factor), ct);
                return TypedResults.Created($"/api/v1/issues/{issue.Id}", issue);
            })
            .WithIdempotencyKey()
            .WithName("RaiseIssue")
            .WithSummary("Raise an issue (问题协调) on a task: subject (what blocks it), help_needed, addressee_kind (unit, task_force, joint_office, organisation) and addressee (its code; none for the joint office), reply_by, optionally the milestone it holds up; a 要素 request (要素保障) also names factor: kind (land_quota, energy_gas, energy_power, funds, environmental_capacity, other), amount, unit")
            .WithDescription("By a party's coordinator or responsible unit, for its party. A unit or a task force must belong to (be led by a unit of) a party of the task, an organisation must be named on the task; anyone else is reached through the joint office. 404 for a task you do not see.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapGet("/", async (string key, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTaskIssuesQuery(key), ct)))
            .WithName("ListTaskIssues")
            .WithSummary("A task's issues, oldest first")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var issues = app.MapGroup("/api/v1/issues").WithTags("Issues").RequireAuthorization();
        issues.MapGet("/", async (
                IMediator mediator, CancellationToken ct, string? city = null, string? state = null, string? addressee = null, bool? overdue = null, int? limit = null, string? cursor = null,
                string? factor = null) =>
                TypedResults.Ok(await mediator.Send(new ListIssuesQuery(city, state, addressee, overdue, limit, cursor, factor), ct)))
            .WithName("ListIssues")
            .WithSummary("Issues of the tasks you see, newest first: filters city (the raiser), state (open, answered, closed, withdrawn), addressee (a code, or joint_office), overdue (open past its reply-by day), factor (any 要素 request, or one kind); cursor-paged")
            .WithStandardProblems();
        issues.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var issue = await mediator.Send(new GetIssueQuery(id), ct);
                return TypedResults.Ok(issue);
            })
            .WithName("GetIssue")
            .WithSummary("One issue (404 unless you see its task)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        issues.MapPost("/{id:guid}/{action}", async (Guid id, string action, IssueChangeBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var issue = await mediator.Send(new ChangeIssueCommand(id, action, body.Answer, body.Reason, body.ReplyBy, ETags.Parse(context.Request.Headers.IfMatch), body.Grant), ct);
                return TypedResults.Ok(issue);
            })
            .WithName("ChangeIssue")
            .WithSummary("answer (answer; for a 要素 request also grant: outcome granted, partly_granted or refused, amount, document) by the addressee or the joint office; close (销号), reopen (reason, reply_by) or withdraw (reason) by the raising party")
            .WithDescription("action: answer, close, reopen or withdraw. If-Match: the revision read (412 when another came first).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}

[CommandRules(typeof(RaiseIssueCommand))]
internal sealed record IssueBody(string? Subject, string? HelpNeeded, string? AddresseeKind, string? Addressee, DateOnly? ReplyBy, Guid? MilestoneId, FactorInput? Factor = null);

[CommandRules(typeof(ChangeIssueCommand))]
internal sealed record IssueChangeBody(string? Answer, string? Reason, DateOnly? ReplyBy, GrantInput? Grant = null);
