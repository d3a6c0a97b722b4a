using CrossRegion.Application.Jurisdictions.ListJurisdictions;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// What a page read while it was prerendered, carried into its circuit ([PersistentState]) so that the circuit shows
/// the same rows at once instead of a spinner and a second query; only for the address it was read for.
/// </summary>
public sealed record Carried<T>(string Address, T Value, IReadOnlyList<JurisdictionDto> Cities);
