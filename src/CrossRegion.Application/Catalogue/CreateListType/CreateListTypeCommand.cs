using CrossRegion.Application.Catalogue.ListTypes;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Catalogue.CreateListType;

/// <summary>
/// Issues a list for a programme's year (the next year re-issues the lists, 2024 speaks of 四张清单): its code, names,
/// key prefix, and its columns, given or copied from the same list of an earlier year (<see cref="CopyFromYear"/>).
/// Whoever runs the programme.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator | UserRoles.CityCoordinator)]
public sealed record CreateListTypeCommand(
    string? Programme,
    int? Year,
    string? Code,
    string? NameZh,
    string? NameEn,
    string? KeyPrefix,
    int? CopyFromYear = null,
    string? CategoryScheme = null,
    IReadOnlyList<ListColumn>? Columns = null) : IRequest<ListTypeDto>;

public sealed class CreateListTypeCommandValidator : AbstractValidator<CreateListTypeCommand>
{
    public CreateListTypeCommandValidator()
    {
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Year).NotNull().InclusiveBetween(1949, 2100);
        RuleFor(c => c.Code).NotEmpty().Must(ListTypeCodes.IsValid)
            .WithMessage(_ => Localized.Text("code 须为小写字母、数字和下划线，如 major_project。", "code is lower-case letters, digits and underscores, e.g. major_project."));
        RuleFor(c => c.NameZh).NotEmpty().MaximumLength(64);
        RuleFor(c => c.NameEn).NotEmpty().MaximumLength(128);
        RuleFor(c => c.KeyPrefix).NotEmpty().MaximumLength(26);
        RuleFor(c => c.Columns).Null().When(c => c.CopyFromYear is not null)
            .WithMessage(_ => Localized.Text("给出 columns 或 copy_from_year，二者取一。", "Give columns or copy_from_year, not both."));
    }
}

public sealed class CreateListTypeCommandHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<CreateListTypeCommand, ListTypeDto>
{
    public async Task<ListTypeDto> Handle(CreateListTypeCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().VisibleTo(caller).SingleOrDefaultAsync(p => p.Code == request.Programme, cancellationToken)
            ?? throw new NotFoundException("programme", request.Programme!);
        caller.EnsureRuns(programme);
        if (await db.ListTypes.AnyAsync(l => l.ProgrammeCode == programme.Code && l.Year == request.Year && l.Code == request.Code, cancellationToken))
        {
            throw new Domain.Common.DomainRuleException("list_type.duplicate", Localized.Text(
                $"{programme.Code} 已有 {request.Year} 年的“{request.Code}”清单。", $"{programme.Code} already issues a {request.Year} '{request.Code}' list."));
        }

        var columns = request.Columns ?? [];
        var scheme = request.CategoryScheme;
        if (request.CopyFromYear is { } from)
        {
            var earlier = await db.ListTypes.AsNoTracking().SingleOrDefaultAsync(l => l.ProgrammeCode == programme.Code && l.Year == from && l.Code == request.Code, cancellationToken)
                ?? throw new ValidationException([new ValidationFailure("copy_from_year", Localized.Text(
                    $"{programme.Code} 没有 {from} 年的“{request.Code}”清单可复制。", $"{programme.Code} has no {from} '{request.Code}' list to copy."))]);
            columns = earlier.Columns;
            scheme ??= earlier.CategoryScheme;
        }

        var order = await db.ListTypes.Where(l => l.ProgrammeCode == programme.Code).Select(l => (int?)l.SortOrder).MaxAsync(cancellationToken) ?? 0;
        var type = ListType.Create(programme, request.Year!.Value, request.Code!, request.NameZh!, request.NameEn!, request.KeyPrefix!, scheme, columns, order + 1);
        db.ListTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return (await new ListListTypesQueryHandler(db, caller).Handle(new ListListTypesQuery(programme.Code, type.Year), cancellationToken)).Single(l => l.Code == type.Code);
    }
}
