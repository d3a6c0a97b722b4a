using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.Common;

/// <summary>Finding the people an administrator administers, and showing them.</summary>
internal static class UserDirectory
{
    /// <summary>The person by user name if the caller administers them; otherwise 404, as for a name that does not exist.</summary>
    public static async Task<UserAccount> AdministeredAsync(IAppDbContext db, ICurrentUser caller, string userName, CancellationToken cancellationToken)
    {
        var name = UserAccount.NormalizeUserName(userName);
        return await db.UserAccounts.Where(caller.AdministeredPeople()).SingleOrDefaultAsync(u => u.UserName == name, cancellationToken)
            ?? throw new NotFoundException("user", userName);
    }

    public static async Task<AdminUserDto> ShowAsync(IAppDbContext db, IAccountCredentials credentials, TimeProvider time, UserAccount user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var department = user.DepartmentId is { } id ? await db.Departments.Where(d => d.Id == id).Select(d => d.Code).SingleAsync(cancellationToken) : null;
        var offices = await JointOfficeAssignments.OfAsync(db, time, [user.Id], cancellationToken);
        return ToDto(user, department, await credentials.GetStateAsync(user, cancellationToken), offices[user.Id].ToList());
    }

    public static AdminUserDto ToDto(UserAccount user, string? departmentCode, CredentialState state, IReadOnlyList<JointOfficeAssignmentDto> offices)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(state);
        return new AdminUserDto(
            user.Id, user.UserName, user.DisplayName, user.JurisdictionCode, departmentCode, RoleNames.ToNames(user.Roles),
            user.Email, user.Phone, user.IsActive, user.CreatedAt, user.LastLoginAt, state.TwoFactorEnabled, state.PasswordChangeDue, state.AwaitingSetup, offices, user.OrganisationCode);
    }

    /// <summary>The unit by code, in service and of the person's city: unknown is a field error (400), another city's 422.</summary>
    public static async Task<Department?> DepartmentAsync(IAppDbContext db, string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, cancellationToken);
        if (department is null || department.IsRetired)
        {
            throw new ValidationException([new ValidationFailure("department", Localized.Text(
                department is null ? $"单位“{code}”不存在。" : $"单位“{code}”已撤销。", department is null ? $"No unit '{code}'." : $"Unit '{code}' is retired."))]);
        }

        return department;
    }
}
