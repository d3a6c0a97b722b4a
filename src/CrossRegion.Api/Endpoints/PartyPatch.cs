namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH .../parties/{jurisdiction}: absent fields stay; departments replaces the party's units.</summary>
public sealed record PartyPatch(string? Role, string? Share, IReadOnlyList<string>? Departments);
