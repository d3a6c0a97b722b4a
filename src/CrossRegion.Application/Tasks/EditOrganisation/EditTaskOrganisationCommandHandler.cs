using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.EditOrganisation;

public sealed class EditTaskOrganisationCommandHandler(IAppDbContext db, TaskDetailReader details) : IRequestHandler<EditTaskOrganisationCommand, TaskDetailDto>
{
    public async Task<TaskDetailDto> Handle(EditTaskOrganisationCommand request, CancellationToken cancellationToken)
    {
        var task = await TaskLoader.LoadAsync(db, request.Key, cancellationToken);
        TaskConcurrency.Require(request.ExpectedVersion, task.Version);
        var code = request.Organisation!;
        var relation = EnumText.Parse<OrganisationRelation>(request.Relation);
        if (request.Action == EditAction.Add)
        {
            if (!await db.Organisations.AnyAsync(o => o.Code == code, cancellationToken))
            {
                throw new ValidationException([new ValidationFailure("organisation", Localized.Text($"机构“{code}”不在目录中。", $"No organisation '{code}' in the catalogue."))]);
            }

            task.NameOrganisation(code, relation);
        }
        else
        {
            task.UnnameOrganisation(code, relation);
        }

        await TaskConcurrency.SaveAsync(db, cancellationToken);
        return await details.ReadAsync(task.Key, cancellationToken);
    }
}
