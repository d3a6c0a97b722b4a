using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Catalogue.ShareProgramme;

/// <summary>
/// A city shares its own programme with a joint office (its staff, and observers, then see the programme's items, and
/// they count in the joint bulletin, the ranking and the four-city dashboard), or stops sharing it (null). The city's
/// coordinators only.
/// </summary>
[Authorize(Roles = UserRoles.CityCoordinator)]
public sealed record ShareProgrammeCommand(string Code, string? JointOffice) : IRequest<ProgrammeSharingDto>;

public sealed record ProgrammeSharingDto(string Code, string NameZh, string NameEn, string Owner, string? SharedWith);

public sealed class ShareProgrammeCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ShareProgrammeCommand, ProgrammeSharingDto>
{
    public async Task<ProgrammeSharingDto> Handle(ShareProgrammeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.VisibleTo(caller).SingleOrDefaultAsync(p => p.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("programme", request.Code);
        caller.EnsureRuns(programme);
        if (programme.SharedWithOffice is { } previous && previous != request.JointOffice)
        {
            (await db.JointOffices.Include(o => o.Programmes).SingleAsync(o => o.Code == previous, cancellationToken)).Exclude(programme.Code);
        }

        if (request.JointOffice is { } code && code != programme.SharedWithOffice)
        {
            var office = await db.JointOffices.Include(o => o.Programmes).SingleOrDefaultAsync(o => o.Code == code, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("joint_office", Localized.Text("联合办公室不存在。", "No such joint office."))]);
            programme.ShareWith(office);
            office.Include(programme.Code);
        }
        else if (request.JointOffice is null)
        {
            programme.Unshare();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ProgrammeSharingDto(programme.Code, programme.NameZh, programme.NameEn, programme.OwnerJurisdiction!, programme.SharedWithOffice);
    }
}
