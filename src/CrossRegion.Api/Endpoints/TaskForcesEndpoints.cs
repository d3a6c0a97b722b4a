using CrossRegion.Api.OpenApi;
using CrossRegion.Application.TaskForces;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>专班 / 专项工作组: a programme's working groups by field, their members and the tasks they hold (ADR 0024).</summary>
internal sealed class TaskForcesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var forces = app.MapGroup("/api/v1/task-forces").WithTags("Task forces").RequireAuthorization();
        forces.MapPost("/", async (TaskForceBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var force = await mediator.Send(
                    new FormTaskForceCommand(body.Code, body.Programme, body.Field, body.NameZh, body.NameEn, body.LeadUnit, body.Members, body.ConvenerName, body.ConvenerPost), ct);
                return TypedResults.Created($"/api/v1/task-forces/{Uri.EscapeDataString(force.Code)}", force);
            })
            .WithIdempotencyKey()
            .WithName("FormTaskForce")
            .WithSummary("Form a task force (专班) of a programme for a field: code, names, lead_unit and members (unit codes of the programme's cities; two cities at least for a joint programme), convener_name and convener_post")
            .WithDescription("By whoever runs the programme (its joint office; a city for its own programme). 409 task_force.duplicate for a code in use.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        forces.MapGet("/", async (IMediator mediator, CancellationToken ct, string? programme = null, string? field = null) =>
                TypedResults.Ok(await mediator.Send(new ListTaskForcesQuery(programme, field), ct)))
            .WithName("ListTaskForces")
            .WithSummary("The task forces of the programmes you see, by programme and code; filters programme and field; each with the tasks it holds that you see")
            .WithStandardProblems();
        forces.MapGet("/{code}", async (string code, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var force = await mediator.Send(new GetTaskForceQuery(code), ct);
                return TypedResults.Ok(force);
            })
            .WithName("GetTaskForce")
            .WithSummary("One task force (404 unless its programme is one of yours)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        forces.MapPut("/{code}", async (string code, TaskForceBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var force = await mediator.Send(
                    new ChangeTaskForceCommand(code, body.Field, body.NameZh, body.NameEn, body.LeadUnit, body.Members, body.ConvenerName, body.ConvenerPost, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                return TypedResults.Ok(force);
            })
            .WithName("ChangeTaskForce")
            .WithSummary("Change a task force's field, names, lead unit, members or convener (code and programme stay); If-Match: the revision read")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        forces.MapPost("/{code}/tasks/{key}", async (string code, string key, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var force = await mediator.Send(new AssignTaskForceTaskCommand(code, key, Assign: true, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                return TypedResults.Ok(force);
            })
            .WithName("AssignTaskForceTask")
            .WithSummary("Give a task of the programme to the task force (409 when it holds it already; 422 task_force.programme for another programme's task)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        forces.MapDelete("/{code}/tasks/{key}", async (string code, string key, IMediator mediator, HttpContext context, CancellationToken ct) =>
            {
                var force = await mediator.Send(new AssignTaskForceTaskCommand(code, key, Assign: false, ETags.Parse(context.Request.Headers.IfMatch)), ct);
                return TypedResults.Ok(force);
            })
            .WithName("ReleaseTaskForceTask")
            .WithSummary("Take a task off the task force")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}

[CommandRules(typeof(ChangeTaskForceCommand), typeof(FormTaskForceCommand))]
internal sealed record TaskForceBody(
    string? Code, string? Programme, string? Field, string? NameZh, string? NameEn, string? LeadUnit, IReadOnlyList<string>? Members, string? ConvenerName, string? ConvenerPost);
