using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <summary>An organisation above or beside the cities the task names, and how (lead_unit, addressee, party).</summary>
public sealed record TaskOrganisationDto(string Code, string NameZh, string NameEn, OrganisationRelation Relation);
