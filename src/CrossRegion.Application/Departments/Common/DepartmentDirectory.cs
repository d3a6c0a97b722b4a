using System.Linq.Expressions;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Departments.Common;

/// <summary>Reading the catalogue as the API shows it, and the checks every change of a unit makes.</summary>
internal static class DepartmentDirectory
{
    public static async Task<IReadOnlyList<DepartmentDto>> ListAsync(IAppDbContext db, Expression<Func<Department, bool>> where, CancellationToken cancellationToken)
    {
        var departments = await db.Departments.AsNoTracking().Where(where)
            .OrderBy(d => d.JurisdictionCode).ThenBy(d => d.Code).ToListAsync(cancellationToken);
        var parentIds = departments.Where(d => d.ParentId != null).Select(d => d.ParentId!.Value).Distinct().ToList();
        var parents = await db.Departments.AsNoTracking().Where(d => parentIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Code, cancellationToken);
        return departments.Select(d => ToDto(d, d.ParentId is { } p ? parents.GetValueOrDefault(p) : null)).ToList();
    }

    /// <summary>The unit as the API shows it, its parent's code read from the catalogue.</summary>
    public static async Task<DepartmentDto> ShowAsync(IAppDbContext db, Department department, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(department);
        var parent = department.ParentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Code).SingleAsync(cancellationToken) : null;
        return ToDto(department, parent);
    }

    public static DepartmentDto ToDto(Department department, string? parentCode)
    {
        ArgumentNullException.ThrowIfNull(department);
        return new DepartmentDto(
            department.Code,
            department.JurisdictionCode,
            department.NameZh,
            department.NameEn,
            department.FunctionCode,
            EnumText.ToText(department.Kind),
            parentCode,
            department.Aliases.Select(a => a.Name).Order(StringComparer.Ordinal).ToList(),
            department.RetiredAt);
    }

    /// <summary>The unit by code, if the caller administers its city; otherwise 404, as for a code that does not exist.</summary>
    public static async Task<Department> AdministeredAsync(IAppDbContext db, ICurrentUser caller, string code, CancellationToken cancellationToken)
    {
        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        return department is not null && caller.AdministersCity(department.JurisdictionCode)
            ? department
            : throw new NotFoundException("department", code);
    }

    /// <summary>
    /// Places <paramref name="department"/> under the unit coded <paramref name="parentCode"/> ("" or null: at the top).
    /// An unknown parent is a field error; one of another city or below the unit itself breaks the unit's rule (422).
    /// </summary>
    public static async Task MoveUnderAsync(IAppDbContext db, Department department, string? parentCode, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(parentCode))
        {
            department.MoveUnder(null, []);
            return;
        }

        var parent = await db.Departments.SingleOrDefaultAsync(d => d.Code == parentCode, cancellationToken)
            ?? throw new ValidationException([new ValidationFailure("parent", Localized.Text($"上级单位“{parentCode}”不存在。", $"No unit '{parentCode}'."))]);
        var ancestors = new List<Guid>();
        for (var up = parent.ParentId; up is { } id && !ancestors.Contains(id); up = await db.Departments.Where(d => d.Id == id).Select(d => d.ParentId).SingleOrDefaultAsync(cancellationToken))
        {
            ancestors.Add(id);
        }

        department.MoveUnder(parent, ancestors);
    }

    /// <summary>
    /// A name a unit answers to on its city's line may not already name another unit of that city in service (its
    /// full name or one of its aliases): matching would no longer know which is meant. 409.
    /// </summary>
    public static async Task EnsureNamesFreeAsync(IAppDbContext db, Department department, CancellationToken cancellationToken)
    {
        var names = department.Aliases.Select(a => a.Name).Append(department.NameZh).ToList();
        var taken = await db.Departments.AsNoTracking()
            .Where(d => d.JurisdictionCode == department.JurisdictionCode && d.Id != department.Id && d.RetiredAt == null)
            .Where(d => names.Contains(d.NameZh) || d.Aliases.Any(a => names.Contains(a.Name)))
            .Select(d => d.Code)
            .FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            throw new DomainRuleException("department_name.duplicate", $"该名称或别名已被本地区的单位“{taken}”使用。", $"A name or alias is already used by unit '{taken}' of the same city.");
        }
    }
}
