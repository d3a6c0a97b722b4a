using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Catalogue.ListTypes;

/// <summary>
/// The lists (清单) each programme issues per year, with their columns in print order: the value set of the ledger's
/// <c>list_type</c> and the layout a list's CSV is read and exported in. Only programmes the caller may know of.
/// </summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListListTypesQuery(string? Programme = null, int? Year = null) : IRequest<IReadOnlyList<ListTypeDto>>;

/// <param name="Owner">For a city's own programme, the city; null for a joint programme.</param>
public sealed record ListTypeDto(
    string Code, string NameZh, string NameEn, string Programme, int Year, string? Owner, string KeyPrefix, string? CategoryScheme,
    IReadOnlyList<ListColumnDto> Columns);

/// <param name="Field">Whether the column is the list type's own (kept in the item's <c>fields</c>) rather than one of the task's own properties.</param>
public sealed record ListColumnDto(
    string Key, string NameZh, string NameEn, ListColumnKind Kind, bool Field, bool Required, bool Filterable, string? Unit, decimal? Min,
    IReadOnlyList<ListOption>? Options);

public sealed class ListListTypesQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<ListListTypesQuery, IReadOnlyList<ListTypeDto>>
{
    public async Task<IReadOnlyList<ListTypeDto>> Handle(ListListTypesQuery request, CancellationToken cancellationToken)
    {
        var programmes = await db.Programmes.AsNoTracking().VisibleTo(caller)
            .Where(p => request.Programme == null || p.Code == request.Programme)
            .ToDictionaryAsync(p => p.Code, p => p.OwnerJurisdiction, cancellationToken);
        var codes = programmes.Keys.ToList();
        var types = await db.ListTypes.AsNoTracking()
            .Where(l => codes.Contains(l.ProgrammeCode) && (request.Year == null || l.Year == request.Year))
            .OrderBy(l => l.ProgrammeCode).ThenByDescending(l => l.Year).ThenBy(l => l.SortOrder)
            .ToListAsync(cancellationToken);
        return types.Select(l => new ListTypeDto(
                l.Code, l.NameZh, l.NameEn, l.ProgrammeCode, l.Year, programmes[l.ProgrammeCode], l.KeyPrefix, l.CategoryScheme,
                l.Columns.Select(c => new ListColumnDto(c.Key, c.NameZh, c.NameEn, c.Kind, c.IsField, c.Required, c.Filterable, c.Unit, c.Min, c.Options)).ToList()))
            .ToList();
    }
}
