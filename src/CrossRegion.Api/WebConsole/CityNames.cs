using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using MediatR;

namespace CrossRegion.Api.WebConsole;

/// <summary>The cities' names as the reference data gives them, read once per page or circuit.</summary>
internal sealed class CityNames(IMediator mediator)
{
    private Dictionary<string, JurisdictionDto>? _byCode;

    /// <summary>What was read, for a page to carry from its prerendering into its circuit.</summary>
    public IReadOnlyList<JurisdictionDto> All => _byCode?.Values.ToList() ?? [];

    /// <summary>The cities' codes in the reference data's order.</summary>
    public IReadOnlyList<string> Codes => _byCode?.Keys.ToList() ?? [];

    public async Task LoadAsync(CancellationToken cancellationToken = default) =>
        _byCode ??= (await mediator.Send(new ListJurisdictionsQuery(), cancellationToken)).ToDictionary(j => j.Code, StringComparer.Ordinal);

    /// <summary>Takes the list a prerendering read (no second query in the circuit).</summary>
    public void Use(IReadOnlyList<JurisdictionDto> cities) => _byCode ??= cities.ToDictionary(j => j.Code, StringComparer.Ordinal);

    public string Of(string code) =>
        _byCode?.TryGetValue(code, out var city) == true ? Lang.Of(city.NameZh, city.NameEn) : code;
}
