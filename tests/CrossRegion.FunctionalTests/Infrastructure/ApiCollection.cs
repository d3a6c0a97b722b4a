namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>All functional tests share one host and database; tests that change state use their own users and clients.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFactory>
{
    public const string Name = "api";
}
