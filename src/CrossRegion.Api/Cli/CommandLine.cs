using CrossRegion.Application.Users.CreateAdministrator;
using CrossRegion.Application.Clients.CreateApiClient;
using CrossRegion.Domain.Common;
using CrossRegion.Infrastructure.Persistence;
using FluentValidation;
using MediatR;

namespace CrossRegion.Api.Cli;

/// <summary>
/// Operator commands run with the service's own configuration instead of the web host:
/// <c>migrate</c>, <c>create-admin</c>, <c>create-client</c>.
/// </summary>
internal static class CommandLine
{
    public static readonly string[] Commands = ["migrate", "create-admin", "create-client"];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        await DatabaseInitializer.InitializeAsync(services, CancellationToken.None);
        if (args[0] == "migrate")
        {
            Console.WriteLine("Database migrated and seeded.");
            return 0;
        }

        using var scope = services.CreateScope();
        var options = Options(args);
        try
        {
            return args[0] == "create-admin"
                ? await CreateAdmin(scope.ServiceProvider, options)
                : await CreateClient(scope.ServiceProvider, options);
        }
        catch (ValidationException invalid)
        {
            return Fail(invalid.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"));
        }
        catch (Exception rule) when (rule is DomainRuleException or ArgumentException)
        {
            return Fail([rule.Message]);
        }
    }

    private static int Fail(IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }

        return 2;
    }

    private static async Task<int> CreateAdmin(IServiceProvider services, Dictionary<string, string> options)
    {
        var password = Environment.GetEnvironmentVariable("CROSSREGION_ADMIN_PASSWORD") ?? Console.In.ReadLine();
        var id = await services.GetRequiredService<IMediator>().Send(new CreateAdministratorCommand(
            options.GetValueOrDefault("username"), options.GetValueOrDefault("display-name") ?? "System administrator", password));
        Console.WriteLine($"Administrator {options.GetValueOrDefault("username")} created ({id}).");
        return 0;
    }

    private static async Task<int> CreateClient(IServiceProvider services, Dictionary<string, string> options)
    {
        var created = await services.GetRequiredService<IMediator>().Send(new CreateApiClientCommand(
            options.GetValueOrDefault("client-id"),
            options.GetValueOrDefault("name"),
            (options.GetValueOrDefault("jurisdictions") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries),
            (options.GetValueOrDefault("scopes") ?? "ledger.read").Split(',', StringSplitOptions.RemoveEmptyEntries)));
        Console.WriteLine($"Client {created.ClientId} created. Its secret is shown once; store it now:\n{created.Secret}");
        return 0;
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
            }
        }

        return options;
    }
}
