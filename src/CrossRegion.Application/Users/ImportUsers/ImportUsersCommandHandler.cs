using System.Text.RegularExpressions;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Importing.ImportTasks;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Users.ImportUsers;

public sealed partial class ImportUsersCommandHandler(
    IAppDbContext db, ICurrentUser caller, ITaskSheetReader reader, IAccountCredentials credentials, TimeProvider time)
    : IRequestHandler<ImportUsersCommand, UserImportReportDto>
{
    public async Task<UserImportReportDto> Handle(ImportUsersCommand request, CancellationToken cancellationToken)
    {
        var sheet = reader.Read(request.Csv!);
        var columns = UserSheetColumns.Of(sheet.Header);
        var departments = await db.Departments.AsNoTracking().Where(d => d.RetiredAt == null).ToListAsync(cancellationToken);
        var names = sheet.Rows.Select(r => UserAccount.NormalizeUserName(columns.Cell(r.Cells, "username") ?? string.Empty)).ToList();
        var taken = (await db.UserAccounts.Where(u => names.Contains(u.UserName)).Select(u => u.UserName).ToListAsync(cancellationToken)).ToHashSet();
        var seen = new HashSet<string>(StringComparer.Ordinal);

        var parsed = sheet.Rows.Select(row => Parse(row, columns, departments, taken, seen)).ToList();
        var invalid = parsed.Count(p => p.Row.Errors.Count > 0);
        var report = new UserImportReportDto(false, parsed.Count - invalid, invalid, parsed.Select(p => p.Row).ToList());
        if (!request.Commit)
        {
            return report;
        }

        if (invalid > 0 || parsed.Count == 0)
        {
            throw new ImportRejectedException(report, Localized.Text($"{invalid} 行有错误，未创建任何账号。", $"{invalid} rows have errors; no account was created."));
        }

        // One save: every account, its credentials awaiting setup, its link and its audit entry, or nothing.
        var rows = new List<UserImportRowDto>();
        foreach (var (row, user) in parsed)
        {
            db.UserAccounts.Add(user!);
            credentials.StageAwaitingSetup(user!);
            var link = credentials.IssueSetupLink(user!.Id);
            rows.Add(row with { SetupToken = link.Token, SetupExpiresAt = link.ExpiresAt });
        }

        await db.SaveChangesAsync(cancellationToken);
        return report with { Committed = true, Rows = rows };
    }

    private (UserImportRowDto Row, UserAccount? User) Parse(
        SheetRow row, UserSheetColumns columns, List<Department> departments, HashSet<string> taken, HashSet<string> seen)
    {
        var errors = new List<ImportIssueDto>();
        var username = UserAccount.NormalizeUserName(columns.Cell(row.Cells, "username") ?? string.Empty);
        var jurisdiction = columns.Cell(row.Cells, "jurisdiction")?.ToUpperInvariant();
        var roleNames = Separators().Split(columns.Cell(row.Cells, "roles") ?? string.Empty).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();

        if (!UserName().IsMatch(username))
        {
            errors.Add(new("username", Localized.Text("用户名须为 1–64 个字母、数字、点、下划线或短横线。", "A user name is 1–64 letters, digits, dots, underscores or dashes.")));
        }
        else if (taken.Contains(username) || !seen.Add(username))
        {
            errors.Add(new("username", Localized.Text($"用户名“{username}”已被使用。", $"The user name '{username}' is taken.")));
        }

        if (jurisdiction is not null && !JurisdictionCodes.IsKnown(jurisdiction))
        {
            errors.Add(new("jurisdiction", Localized.Text($"未知的地区“{jurisdiction}”。", $"Unknown jurisdiction '{jurisdiction}'.")));
            jurisdiction = null;
        }

        var unknownRoles = roleNames.Where(r => !RoleNames.IsKnown(r)).ToList();
        if (roleNames.Count == 0 || unknownRoles.Count > 0)
        {
            errors.Add(new("roles", Localized.Text($"角色须为：{string.Join(", ", RoleNames.All)}。", $"Roles are among {string.Join(", ", RoleNames.All)}.")));
        }

        var roles = RoleNames.Parse(roleNames.Where(RoleNames.IsKnown));
        try
        {
            caller.EnsureMayGrant(roles, jurisdiction);
        }
        catch (ForbiddenAccessException denied)
        {
            errors.Add(new("roles", denied.Message));
        }

        var department = Unit(columns.Cell(row.Cells, "department"), jurisdiction, departments, errors);
        var email = columns.Cell(row.Cells, "email");
        if (email is not null && !Email().IsMatch(email))
        {
            errors.Add(new("email", Localized.Text("邮箱地址无效。", "Not an email address.")));
        }

        var phone = columns.Cell(row.Cells, "phone");
        if (phone is not null && !Phone().IsMatch(phone))
        {
            errors.Add(new("phone", Localized.Text("电话号码格式无效。", "Not a phone number.")));
        }

        UserAccount? user = null;
        if (errors.Count == 0)
        {
            try
            {
                user = UserAccount.Create(username, columns.Cell(row.Cells, "display_name") ?? string.Empty, roles, jurisdiction, department, time.GetUtcNow());
                user.SetContact(email, phone);
            }
            catch (DomainRuleException rule)
            {
                errors.Add(new("row", Localized.Text(rule.MessageZh ?? rule.Message, rule.Message)));
            }
        }

        return (new UserImportRowDto(row.Line, username, jurisdiction, department?.Code, RoleNames.ToNames(roles), errors), errors.Count == 0 ? user : null);
    }

    // The 单位 cell names a unit of the row's city by code, full name or short name (区交通局 on a Wanzhou row).
    private static Department? Unit(string? cell, string? jurisdiction, List<Department> departments, List<ImportIssueDto> errors)
    {
        if (cell is null)
        {
            return null;
        }

        var department = departments.Find(d => d.JurisdictionCode == jurisdiction && d.IsNamed(cell));
        if (department is null)
        {
            errors.Add(new("department", Localized.Text($"{jurisdiction} 没有在用的单位“{cell}”。", $"{jurisdiction} has no unit in service named '{cell}'.")));
        }

        return department;
    }

    [GeneratedRegex(@"[\s,，、;；]+")]
    private static partial Regex Separators();

    [GeneratedRegex("^[a-z0-9._-]{1,64}$")]
    private static partial Regex UserName();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    [GeneratedRegex(UserRules.PhonePattern)]
    private static partial Regex Phone();
}
