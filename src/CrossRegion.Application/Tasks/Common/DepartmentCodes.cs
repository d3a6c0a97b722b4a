using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Common;

internal static class DepartmentCodes
{
    /// <summary>The departments named by code; unknown codes are a field error (400), never created silently.</summary>
    public static async Task<List<Department>?> ResolveAsync(IAppDbContext db, IReadOnlyList<string>? codes, string field, CancellationToken cancellationToken)
    {
        if (codes is null)
        {
            return null;
        }

        var found = await db.Departments.Where(d => codes.Contains(d.Code)).ToListAsync(cancellationToken);
        var unknown = codes.Where(code => !found.Exists(d => d.Code == code)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationException([new ValidationFailure(field, Localized.Text(
                $"未知的责任单位：{string.Join("、", unknown)}。", $"Unknown departments: {string.Join(", ", unknown)}."))]);
        }

        // A unit already on a party stays there when retired; it is not given new work.
        var retired = found.Where(d => d.IsRetired).Select(d => d.Code).ToList();
        return retired.Count == 0 ? found : throw new ValidationException([new ValidationFailure(field, Localized.Text(
            $"责任单位已撤销：{string.Join("、", retired)}。", $"Retired departments: {string.Join(", ", retired)}."))]);
    }
}
