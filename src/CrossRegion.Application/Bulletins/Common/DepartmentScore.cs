namespace CrossRegion.Application.Bulletins.Common;

public sealed record DepartmentScore(int Rank, string Code, string Jurisdiction, string NameZh, string NameEn, Score Score);
