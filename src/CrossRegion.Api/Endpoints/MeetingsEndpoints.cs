using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Meetings;
using CrossRegion.Application.Tasks.CreateTask;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>联席会议: the programmes' joint meetings, their hosting order, agenda, attendees, minutes and decisions.</summary>
internal sealed class MeetingsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/meetings").WithTags("Meetings").RequireAuthorization();
        // A programme's hosting order lives at /api/v1/programmes/{programme}/host-order: under /meetings/ it read like a
        // meeting's id (/meetings/host-order/{programme} against /meetings/{id}/…). The earlier address still answers, undocumented.
        MapHostOrder(app.MapGroup("/api/v1/programmes/{programme}/host-order").WithTags("Meetings").RequireAuthorization(), documented: true);
        MapHostOrder(app.MapGroup("/api/v1/meetings/host-order/{programme}").WithTags("Meetings").RequireAuthorization().ExcludeFromDescription(), documented: false);
        group.MapPost("/", async (MeetingBody body, IMediator mediator, CancellationToken ct) =>
            {
                var meeting = await mediator.Send(new CallMeetingCommand(body.Programme, body.Kind, body.Title, body.Date, body.Place, body.Host, body.TaskForce), ct);
                return TypedResults.Created($"/api/v1/meetings/{meeting.Id}", meeting);
            })
            .WithIdempotencyKey()
            .WithName("CallMeeting")
            .WithSummary("Call a meeting of a programme you run: kind plenary (联席会议) or topic (专题会), date, place, host (default: the next in the hosting order)")
            .WithDescription("The agenda starts with each task of the programme whose 催办 reached the joint-meeting rung and is still open, and the cities' proposals waiting for a decision. With task_force, a task force's 会商: a topic meeting hosted by default by its lead unit's city, its agenda started from the 催办 at the task force's rung for the tasks it holds.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", async (
                    IMediator mediator, CancellationToken ct, string? programme = null, int? year = null, int? limit = null, string? cursor = null,
                    [FromQuery(Name = "task_force")] string? taskForce = null) =>
                TypedResults.Ok(await mediator.Send(new ListMeetingsQuery(programme, year, limit, cursor, taskForce), ct)))
            .WithName("ListMeetings")
            .WithSummary("Meetings of the programmes your cities belong to (the joint office: those it runs), newest first; minutes to those who attended")
            .WithStandardProblems();
        group.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMeetingQuery(id), ct)))
            .WithName("GetMeeting")
            .WithSummary("A meeting: agenda, attendees, minutes (if your city attended), the decisions you see with their tasks' state")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/agenda", async (Guid id, AgendaBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddAgendaItemCommand(id, body.Title, body.TaskKey), ct)))
            .WithIdempotencyKey()
            .WithName("AddMeetingAgendaItem")
            .WithSummary("Put an item on the agenda (a member city's coordinator or the joint office), about a task of the programme or not")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}/agenda/{position:int}", async (Guid id, int position, IMediator mediator, HttpContext context, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new WithdrawAgendaItemCommand(id, position, ETags.Parse(context.Request.Headers.IfMatch)), ct)))
            .WithName("WithdrawMeetingAgendaItem")
            .WithSummary("Take an item off the agenda before the meeting (the joint office any; a city's coordinator its city's own); the rest move up. If-Match guards the position")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPut("/{id:guid}/agenda/{position:int}", async (Guid id, int position, AgendaMoveBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MoveAgendaItemCommand(id, position, body.Position, ETags.Parse(context.Request.Headers.IfMatch)), ct)))
            .WithName("MoveMeetingAgendaItem")
            .WithSummary("Put an agenda item in another place (body: position, 1 = first) before the meeting (the joint office)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/attendees", async (Guid id, AttendeeBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AddAttendeeCommand(id, body.Jurisdiction, body.Name, body.Post), ct)))
            .WithIdempotencyKey()
            .WithName("AddMeetingAttendee")
            .WithSummary("Name an attendee: a city's coordinator for the city, the joint office for any member")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:guid}/minutes", async (Guid id, MinutesBody body, IMediator mediator, HttpContext context, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordMinutesCommand(id, body.Minutes, ETags.Parse(context.Request.Headers.IfMatch)), ct)))
            .WithName("RecordMeetingMinutes")
            .WithSummary("Record the minutes (纪要) once the meeting has taken place: it is held")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapPost("/{id:guid}/decisions", async (Guid id, DecisionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new DecideCommand(id, body.Text, body.DueDate, body.Owners, body.TaskKey, body.Key, body.Category, body.TitleZh, body.TitleEn, body.Parties), ct)))
            .WithIdempotencyKey()
            .WithName("RecordMeetingDecision")
            .WithSummary("议定事项: a decision of a held meeting becomes a new task of the programme (parties, units, a milestone due on due_date owned by owners) or, with task_key, a milestone on that task; chased like any other")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static void MapHostOrder(RouteGroupBuilder hostOrder, bool documented)
    {
        hostOrder.MapGet(string.Empty, async (string programme, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetHostOrderQuery(programme), ct)))
            .WithName(documented ? "GetMeetingHostOrder" : "GetMeetingHostOrderAtEarlierAddress")
            .WithSummary("The order in which a programme's cities host its plenary meetings, and the next host it proposes (the members' order until one is set)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        hostOrder.MapPut(string.Empty, async (string programme, HostOrderBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetHostOrderCommand(programme, body.Order), ct)))
            .WithName(documented ? "SetMeetingHostOrder" : "SetMeetingHostOrderAtEarlierAddress")
            .WithSummary("Set the hosting order: every member city once (whoever runs the programme; the documents fix no rotation)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

[CommandRules(typeof(SetHostOrderCommand))]
internal sealed record HostOrderBody(IReadOnlyList<string>? Order);

[CommandRules(typeof(CallMeetingCommand))]
internal sealed record MeetingBody(string? Programme, string? Kind, string? Title, DateOnly? Date, string? Place, string? Host, string? TaskForce = null);

[CommandRules(typeof(AddAgendaItemCommand))]
internal sealed record AgendaBody(string? Title, string? TaskKey);

[CommandRules(typeof(MoveAgendaItemCommand))]
internal sealed record AgendaMoveBody(int? Position);

[CommandRules(typeof(AddAttendeeCommand))]
internal sealed record AttendeeBody(string? Jurisdiction, string? Name, string? Post);

[CommandRules(typeof(RecordMinutesCommand))]
internal sealed record MinutesBody(string? Minutes);

/// <summary>Body of POST …/decisions: the text and due date; task_key for a milestone on that task, else the new task's key, category, titles and parties.</summary>
[CommandRules(typeof(DecideCommand))]
internal sealed record DecisionBody(
    string? Text, DateOnly? DueDate, IReadOnlyList<string>? Owners, string? TaskKey, string? Key, string? Category, string? TitleZh, string? TitleEn, IReadOnlyList<PartyInput>? Parties);
