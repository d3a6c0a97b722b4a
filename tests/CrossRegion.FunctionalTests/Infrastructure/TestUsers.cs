using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>Creates users and clients of the test's own, so state-changing tests do not disturb the demo accounts.</summary>
public static class TestUsers
{
    public static async Task<string> CreateUserAsync(
        this ApiFactory factory, UserRoles roles, string? jurisdiction, string? departmentCode, string password = "Test#Password1", string[]? jointOffices = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var name = "t." + Guid.NewGuid().ToString("N")[..10];
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("tests");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var department = departmentCode is null ? null : await db.Departments.SingleAsync(d => d.Code == departmentCode);
        var user = UserAccount.Create(name, "Test user", roles, jurisdiction, department, DateTimeOffset.UtcNow);
        db.UserAccounts.Add(user);
        var problems = await scope.ServiceProvider.GetRequiredService<IAccountCredentials>().CreateAsync(user, password, mustChangePassword: false, CancellationToken.None);
        Assert.Empty(problems);
        if (jointOffices is not null)
        {
            db.JointOfficeAssignments.AddRange(jointOffices.Select(o => JointOfficeAssignment.Create(user.Id, o, new DateOnly(2023, 1, 1), null)));
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return name;
    }

    public static async Task<(string ClientId, string Secret)> CreateClientAsync(
        this ApiFactory factory, string[] jurisdictions, string[] scopes)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var clientId = "c." + Guid.NewGuid().ToString("N")[..10];
        var secret = "s3cret-" + Guid.NewGuid().ToString("N");
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("tests");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var client = ApiClient.Create(clientId, "Test client", jurisdictions, scopes, DateTimeOffset.UtcNow);
        client.SetSecretHash(scope.ServiceProvider.GetRequiredService<IPasswordHasher>().Hash(secret));
        db.ApiClients.Add(client);
        await scope.ServiceProvider.GetRequiredService<IClientRegistrations>().RegisterAsync(clientId, client.Name, secret, client.ScopeList, CancellationToken.None);
        return (clientId, secret);
    }
}
