using CrossRegion.Domain.Organisations;

namespace CrossRegion.Application.Organisations.Common;

/// <param name="Kind">national_body, provincial_body, state_owned_enterprise or other.</param>
public sealed record OrganisationDto(string Code, string NameZh, string NameEn, OrganisationKind Kind);
