namespace CrossRegion.Application.Users.Common;

/// <summary>A person's assignment to a joint office, with its dates (Asia/Shanghai; <paramref name="EndsOn"/> included, null while open).</summary>
public sealed record JointOfficeAssignmentDto(string Office, string NameZh, string NameEn, DateOnly StartsOn, DateOnly? EndsOn, bool Current);
