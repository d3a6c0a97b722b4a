using CrossRegion.Application.Tasks.EditParty;
using CrossRegion.Api.OpenApi;
namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH .../parties/{jurisdiction}: absent fields stay; departments replaces the party's units.</summary>
[CommandRules(typeof(EditPartyCommand))]
public sealed record PartyPatch(string? Role, string? Share, IReadOnlyList<string>? Departments);
