namespace CrossRegion.Application.Departments.ListDepartments;

public sealed record DepartmentDto(string Code, string Jurisdiction, string NameZh, string NameEn, string Function);
