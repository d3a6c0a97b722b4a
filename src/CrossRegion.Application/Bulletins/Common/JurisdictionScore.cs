namespace CrossRegion.Application.Bulletins.Common;

public sealed record JurisdictionScore(int Rank, string Code, string NameZh, string NameEn, Score Score);
