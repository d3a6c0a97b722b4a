using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Asks;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>争取 / 报批: what a task's cities ask of the bodies above them, under the task and as one collection.</summary>
internal sealed class AsksEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/v1/tasks/{key}/asks").WithTags("Asks").RequireAuthorization();
        tasks.MapPost("/", async (string key, AskBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var ask = await mediator.Send(new DraftAskCommand(key, body.Kind, body.Subject, body.Addressees, body.Submitters, body.MilestoneId, body.FollowUpOn), ct);
                return TypedResults.Created($"/api/v1/asks/{ask.Id}", ask);
            })
            .WithIdempotencyKey()
            .WithName("DraftAsk")
            .WithSummary("Draft an ask (争取 / 报批) on a task: kind (inclusion, approval, funding, quota, pilot, support), subject, addressees (organisation codes), submitters (the task's cities; several for 联合报批), the milestone it is for, a follow-up day")
            .WithDescription("A party of the task drafts for itself (with the cities submitting with it); whoever runs the programme for any. 404 for a task you do not see.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapGet("/", async (string key, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTaskAsksQuery(key), ct)))
            .WithName("ListTaskAsks")
            .WithSummary("A task's asks, oldest first")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        var asks = app.MapGroup("/api/v1/asks").WithTags("Asks").RequireAuthorization();
        asks.MapGet("/", async (
                IMediator mediator, CancellationToken ct, string? city = null, string? state = null, string? addressee = null, bool? overdue = null, int? limit = null, string? cursor = null) =>
                TypedResults.Ok(await mediator.Send(new ListAsksQuery(city, state, addressee, overdue, limit, cursor), ct)))
            .WithName("ListAsks")
            .WithSummary("Asks of the tasks you see, newest first: filters city (a submitter), state, addressee, overdue (submitted or accepted, follow-up day passed); cursor-paged")
            .WithStandardProblems();
        asks.MapGet("/{id:guid}", async (Guid id, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var ask = await mediator.Send(new GetAskQuery(id), ct);
                return TypedResults.Ok(ask);
            })
            .WithName("GetAsk")
            .WithSummary("One ask (404 unless you see its task)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        asks.MapPost("/{id:guid}/{action}", async (Guid id, string action, AskChangeBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var ask = await mediator.Send(
                    new ChangeAskCommand(id, action.Replace('-', '_'), body.On, body.Reference, body.Outcome, body.Document, body.Reason, body.FollowUpOn, ETags.Parse(context.Request.Headers.IfMatch),
                        body.SignOffMilestone ?? false), ct);
                return TypedResults.Ok(ask);
            })
            .WithName("ChangeAsk")
            .WithSummary("submit (on, reference, follow_up_on), answer (outcome accepted | included | approved | refused; on, reference, document for a won ask, reason for a refusal; sign_off_milestone: a won answer completes the submitting cities' parts of the ask's milestone with the document as evidence), withdraw (reason), follow-up (follow_up_on)")
            .WithDescription("action: submit, answer, withdraw or follow-up. By a submitting city's coordinator or responsible unit, or whoever runs the programme; If-Match: the revision read (412 when another came first).")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}

[CommandRules(typeof(DraftAskCommand))]
internal sealed record AskBody(string? Kind, string? Subject, IReadOnlyList<string>? Addressees, IReadOnlyList<string>? Submitters, Guid? MilestoneId, DateOnly? FollowUpOn);

[CommandRules(typeof(ChangeAskCommand))]
internal sealed record AskChangeBody(DateOnly? On, string? Reference, string? Outcome, string? Document, string? Reason, DateOnly? FollowUpOn, bool? SignOffMilestone);
