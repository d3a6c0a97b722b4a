namespace CrossRegion.Application.Tasks.GetTask;

public sealed record PartyDepartmentDto(string Code, string NameZh, string NameEn, string Function);
