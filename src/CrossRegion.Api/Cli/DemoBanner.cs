using CrossRegion.Infrastructure.Persistence.Seed;

namespace CrossRegion.Api.Cli;

internal static class DemoBanner
{
    public static void Print(WebApplication app)
    {
        var lines = new List<string>
        {
            string.Empty,
            "CrossRegion is running in DEMO MODE (embedded SQLite, demo accounts, generated signing key).",
            $"Listening on: {string.Join(", ", app.Urls)}   Swagger UI: /swagger",
            $"Demo accounts (password {DemoAccountSeeder.DemoPassword}):",
        };
        lines.AddRange(DemoAccountSeeder.Accounts.Select(a => $"  {a.UserName,-18} {a.DisplayName}"));
        lines.Add($"Demo client: {DemoAccountSeeder.DemoClientId} / {DemoAccountSeeder.DemoClientSecret} (scope ledger.read, DZ)");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
