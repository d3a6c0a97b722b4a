using CrossRegion.Application.Common.Concurrency;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Evaluation;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Evaluations.Schemes;

public sealed class PutSchemeCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<PutSchemeCommand, SchemeDto>
{
    public async Task<SchemeDto> Handle(PutSchemeCommand request, CancellationToken cancellationToken)
    {
        var rules = request.Rules!;
        if (rules.Problems() is { Count: > 0 } problems)
        {
            throw new ValidationException(problems.Select(p => new ValidationFailure("rules." + p.Field, Localized.Text(p.Zh, p.En))));
        }

        var scheme = await db.EvaluationSchemes.SingleOrDefaultAsync(s => s.Year == request.Year, cancellationToken);
        if (scheme is null)
        {
            if (request.ExpectedRevision is not null)
            {
                throw new PreconditionFailedException(Localized.Text($"{request.Year} 年尚无考核方案。", $"There is no {request.Year} scheme yet."), required: false);
            }

            scheme = EvaluationScheme.Create(request.Year, rules, caller.Name ?? "unknown", time.GetUtcNow());
            db.EvaluationSchemes.Add(scheme);
        }
        else
        {
            if (request.ExpectedRevision is not { } expected)
            {
                throw new PreconditionFailedException(Localized.Text(
                    $"{request.Year} 年考核方案已存在（第 {scheme.Revision} 版）；修订须附带 If-Match。",
                    $"The {request.Year} scheme exists (revision {scheme.Revision}); send If-Match with the revision you are replacing."), required: true);
            }

            if (Revisions.Differs(expected, scheme.Revision))
            {
                throw new PreconditionFailedException(Localized.Text("考核方案已被他人修订，请刷新后再提交。", "The scheme changed since you read it; reload and retry."), required: false);
            }

            scheme.Revise(rules, caller.Name ?? "unknown", time.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException(Localized.Text("考核方案已被他人修订，请刷新后再提交。", "The scheme changed at the same moment; reload and retry."), required: false);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("scheme.duplicate", Localized.Text($"{request.Year} 年考核方案刚被他人同时写入，请刷新。", $"The {request.Year} scheme was written at the same moment; reload."));
        }

        return SchemeDto.Of(scheme);
    }
}

public sealed class GetSchemeQueryHandler(IAppDbContext db) : IRequestHandler<GetSchemeQuery, SchemeDto>
{
    public async Task<SchemeDto> Handle(GetSchemeQuery request, CancellationToken cancellationToken) =>
        SchemeDto.Of(await db.EvaluationSchemes.AsNoTracking().SingleOrDefaultAsync(s => s.Year == request.Year, cancellationToken)
            ?? throw new NotFoundException("scheme", request.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}

public sealed class ListSchemesQueryHandler(IAppDbContext db) : IRequestHandler<ListSchemesQuery, IReadOnlyList<SchemeDto>>
{
    public async Task<IReadOnlyList<SchemeDto>> Handle(ListSchemesQuery request, CancellationToken cancellationToken) =>
        (await db.EvaluationSchemes.AsNoTracking().OrderByDescending(s => s.Year).ToListAsync(cancellationToken)).Select(SchemeDto.Of).ToList();
}

public sealed class PutSchemeCommandValidator : AbstractValidator<PutSchemeCommand>
{
    public PutSchemeCommandValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
        RuleFor(c => c.Rules).NotNull();
        RuleFor(c => c.ExpectedRevision).GreaterThan(0);
    }
}
