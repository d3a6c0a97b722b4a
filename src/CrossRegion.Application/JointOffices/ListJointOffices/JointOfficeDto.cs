namespace CrossRegion.Application.JointOffices.ListJointOffices;

/// <param name="Programmes">The programmes whose tasks the office runs.</param>
public sealed record JointOfficeDto(string Code, string NameZh, string NameEn, IReadOnlyList<string> Programmes);
