using CrossRegion.Application.Changes.ListChanges;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>The pull-based change feed: the same events webhooks deliver, in feed order.</summary>
internal sealed class ChangesEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/changes").WithTags("Integration").RequireAuthorization()
            .MapGet("/", ListChanges)
            .WithName("ListChanges")
            .WithSummary("Events after cursor, oldest first: task.created, task.changed, task.closed, milestone.done, extension.decided, notice.issued, notice.escalated, meeting.decided, ask.changed, evaluation.published")
            .WithDescription(
                "Only events of tasks you see. Start without a cursor, then pass next_cursor each time: it is always given " +
                "(unchanged when nothing is new), and no event is skipped or repeated between pages. Events appear a " +
                "few seconds after their change commits, once the sequencer has given them their position.")
            .WithStandardProblems();
    }

    private static async Task<Ok<ChangePage>> ListChanges(IMediator mediator, CancellationToken cancellationToken, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListChangesQuery(cursor, limit), cancellationToken));
}
