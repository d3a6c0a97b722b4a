using CrossRegion.Application.Tasks.GetTask;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>Every endpoint that answers with a task answers with its current representation and its ETag.</summary>
internal static class TaskResponses
{
    public static async Task<TaskDetailDto> ReadAsync(string key, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(new GetTaskQuery(key), cancellationToken);
        response.Headers.ETag = ETags.Format(task.Version);
        return task;
    }

    /// <summary>Runs a command that changes the task, then answers with the task as it now is.</summary>
    public static async Task<Ok<TaskDetailDto>> AfterAsync<TResult>(
        IRequest<TResult> command, string key, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        return TypedResults.Ok(await ReadAsync(key, mediator, response, cancellationToken));
    }
}
