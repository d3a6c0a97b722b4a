using CrossRegion.Application.Tasks.GetTask;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>Every endpoint that answers with a task answers with its current representation and its ETag.</summary>
internal static class TaskResponses
{
    /// <summary>Sends a query or a command that answers with the task as it now is; its version becomes the ETag.</summary>
    public static async Task<TaskDetailDto> SendAsync(IRequest<TaskDetailDto> request, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var task = await mediator.Send(request, cancellationToken);
        response.Headers.ETag = ETags.Format(task.Version);
        return task;
    }

    public static async Task<Ok<TaskDetailDto>> OkAsync(IRequest<TaskDetailDto> request, IMediator mediator, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await SendAsync(request, mediator, response, cancellationToken));
}
