namespace CrossRegion.Application.Account.GetMe;

public sealed record MeDepartmentDto(string Code, string NameZh, string NameEn, string Function);
