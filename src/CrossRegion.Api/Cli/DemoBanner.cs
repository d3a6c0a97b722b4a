using CrossRegion.Infrastructure.Persistence;
using CrossRegion.Infrastructure.Persistence.Seed;

namespace CrossRegion.Api.Cli;

internal static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var lines = new List<string>
        {
            string.Empty,
            $"CrossRegion is running in DEMO MODE ({Storage(app)}, demo accounts, generated signing and audit keys).",
            $"Listening on: {string.Join(", ", app.Urls)}   Swagger UI: /swagger",
            $"Demo accounts (password {DemoAccountSeeder.DemoPassword}):",
        };
        lines.AddRange(DemoAccountSeeder.Accounts.Select(a => $"  {a.UserName,-18} {a.DisplayName}"));
        lines.Add($"Demo client: {DemoAccountSeeder.DemoClientId} / {DemoAccountSeeder.DemoClientSecret} (scope ledger.read, DZ)");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }

    private static string Storage(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DatabaseOptions>>().Value.Provider.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase)
            ? "PostgreSQL"
            : "embedded SQLite";
}
