// `dotnet ef` needs an executable startup project that references EF Core's Design package; the contexts are
// built by the design-time factories in CrossRegion.Infrastructure.
Console.WriteLine("Use deploy/migrations/add-migration.sh; this host exists only for dotnet ef.");
