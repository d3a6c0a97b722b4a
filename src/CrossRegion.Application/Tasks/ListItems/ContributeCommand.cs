using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.ListItems;

/// <summary>
/// Links an item of a city's own programme to the joint task it contributes to (<see cref="JointTaskKey"/>; null
/// unlinks): a joint task the city is a party to. The link shows on the item; on the ledger, <c>contributes_to</c>
/// lists the items contributing to a joint task, to those who may see them (the joint task's other parties never do
/// while the programme is private). Whoever runs the item's programme; If-Match.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record ContributeCommand(string Key, int? ExpectedVersion, string? JointTaskKey) : IRequest<TaskDetailDto>, IStewardedTaskRequest;

public sealed class ContributeCommandHandler(IAppDbContext db, TaskDetailReader details) : IRequestHandler<ContributeCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(ContributeCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var owner = await db.Programmes.Where(p => p.Code == task.ProgrammeCode).Select(p => p.OwnerJurisdiction).SingleAsync(cancellationToken);
        if (owner is null)
        {
            throw new Domain.Common.DomainRuleException("contribution.joint_item", Localized.Text(
                $"{task.Key} 本身是联合任务；只有城市自己项目群的条目关联联合任务。", $"{task.Key} is itself joint; items of a city's own programme contribute to joint tasks."));
        }

        Domain.Tasks.CoordinatedTask? joint = null;
        if (request.JointTaskKey is { } key)
        {
            joint = await db.Tasks.Include(t => t.Parties).SingleOrDefaultAsync(t => t.Key == key, cancellationToken);
            var jointProgramme = joint is null ? null : await db.Programmes.SingleAsync(p => p.Code == joint.ProgrammeCode, cancellationToken);
            if (joint is null || jointProgramme!.OwnerJurisdiction is not null || joint.FindParty(owner) is null)
            {
                throw new ValidationException([new ValidationFailure("joint_task", Localized.Text(
                    $"“{key}”不是 {owner} 参与的联合任务。", $"'{key}' is not a joint task {owner} is a party to."))]);
            }
        }

        task.ContributeTo(joint);
        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
