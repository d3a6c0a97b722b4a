using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Organisations.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Organisations;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Organisations.CreateOrganisation;

public sealed class CreateOrganisationCommandHandler(IAppDbContext db) : IRequestHandler<CreateOrganisationCommand, OrganisationDto>
{
    public async Task<OrganisationDto> Handle(CreateOrganisationCommand request, CancellationToken cancellationToken)
    {
        if (await db.Organisations.AnyAsync(o => o.Code == request.Code, cancellationToken))
        {
            throw new DomainRuleException("organisation_code.duplicate", $"机构代码“{request.Code}”已存在。", $"An organisation with code '{request.Code}' exists.");
        }

        var organisation = Organisation.Create(request.Code!, request.NameZh!, request.NameEn!, EnumText.Parse<OrganisationKind>(request.Kind));
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganisationDto(organisation.Code, organisation.NameZh, organisation.NameEn, organisation.Kind);
    }
}
