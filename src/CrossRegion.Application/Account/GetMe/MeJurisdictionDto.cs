namespace CrossRegion.Application.Account.GetMe;

public sealed record MeJurisdictionDto(string Code, string NameZh, string NameEn);
