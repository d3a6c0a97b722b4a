using MediatR;

namespace CrossRegion.Application.Tasks.GetTask;

public sealed class GetTaskQueryHandler(TaskDetailReader details) : IRequestHandler<GetTaskQuery, TaskDetailDto>
{
    public Task<TaskDetailDto> Handle(GetTaskQuery request, CancellationToken cancellationToken) => details.ReadAsync(request.Key, cancellationToken);
}
