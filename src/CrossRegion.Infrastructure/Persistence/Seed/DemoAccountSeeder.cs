using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Infrastructure.Persistence.Seed;

/// <summary>
/// Demo mode only: the documented demo accounts (password <see cref="DemoPassword"/>) and one demo machine client.
/// These are clearly marked demo values; outside demo mode no account exists until an administrator is created.
/// </summary>
public sealed class DemoAccountSeeder(AppDbContext db, IPasswordHasher hasher, IPasswordHasher<IdentityAccount> passwords, IClientRegistrations registrations, TimeProvider time)
{
    public const string DemoPassword = "Demo#2023";
    public const string DemoClientId = "sichuan.dashboard";
    public const string DemoClientSecret = "Demo#2023-client-secret";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("joint.office", "万达开、万开云联合办公室 Joint office coordinator", UserRoles.JointOfficeCoordinator, null, null),
        new("wz.admin", "万州区 city coordinator and administrator", UserRoles.CityCoordinator | UserRoles.CityAdministrator, "WZ", null),
        new("dz.admin", "达州市 city coordinator and administrator", UserRoles.CityCoordinator | UserRoles.CityAdministrator, "DZ", null),
        new("kz.admin", "开州区 city coordinator and administrator", UserRoles.CityCoordinator | UserRoles.CityAdministrator, "KZ", null),
        new("yy.admin", "云阳县 city coordinator and administrator", UserRoles.CityCoordinator | UserRoles.CityAdministrator, "YY", null),
        new("wz.transport", "万州区交通局 officer", UserRoles.DepartmentOfficer, "WZ", "WZ-TRANSPORT"),
        new("dz.transport", "达州市交通运输局 officer", UserRoles.DepartmentOfficer, "DZ", "DZ-TRANSPORT"),
        new("kz.transport", "开州区交通局 officer", UserRoles.DepartmentOfficer, "KZ", "KZ-TRANSPORT"),
        new("yy.transport", "云阳县交通局 officer", UserRoles.DepartmentOfficer, "YY", "YY-TRANSPORT"),
        new("dz.transport.head", "达州市交通运输局 head", UserRoles.DepartmentHead, "DZ", "DZ-TRANSPORT"),
        new("dz.leader", "达州市 leader in charge", UserRoles.CityLeader, "DZ", null),
        new("province.observer", "Provincial observer", UserRoles.Observer, null, null),
        new("sys.admin", "System administrator", UserRoles.SystemAdministrator, null, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await db.UserAccounts.Select(u => u.UserName).ToListAsync(cancellationToken);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Code, cancellationToken);
        var offices = await db.JointOffices.Select(o => o.Code).ToListAsync(cancellationToken);
        foreach (var account in Accounts.Where(a => !existing.Contains(a.UserName)))
        {
            var department = account.DepartmentCode is null ? null : departments[account.DepartmentCode];
            var user = UserAccount.Create(account.UserName, account.DisplayName, account.Roles, account.Jurisdiction, department, now);
            db.UserAccounts.Add(user);

            // The demo joint-office coordinator works for both joint offices, from the programmes' first year.
            if (account.Roles.HasFlag(UserRoles.JointOfficeCoordinator))
            {
                db.JointOfficeAssignments.AddRange(offices.Select(o => JointOfficeAssignment.Create(user.Id, o, new DateOnly(2023, 1, 1), null)));
            }

            // Below the password policy on purpose, and in demo mode only: the documented demo password.
            var credentials = IdentityAccount.For(user);
            credentials.PasswordHash = passwords.HashPassword(credentials, DemoPassword);
            credentials.PasswordChangedAt = now;
            db.Set<IdentityAccount>().Add(credentials);
        }

        if (!await db.ApiClients.AnyAsync(c => c.ClientId == DemoClientId, cancellationToken))
        {
            var client = ApiClient.Create(DemoClientId, "Sichuan provincial dashboard (demo)", ["DZ"], [ScopeNames.LedgerRead], now);
            client.SetSecretHash(hasher.Hash(DemoClientSecret));
            db.ApiClients.Add(client);
        }

        // A demo database from before the token server gets the client's registration too.
        if (!await registrations.IsRegisteredAsync(DemoClientId, cancellationToken))
        {
            await registrations.RegisterAsync(DemoClientId, "Sichuan provincial dashboard (demo)", DemoClientSecret, [ScopeNames.LedgerRead], cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public sealed record DemoAccount(string UserName, string DisplayName, UserRoles Roles, string? Jurisdiction, string? DepartmentCode);
}
