namespace CrossRegion.Application.Bulletins.Common;

/// <summary>A bulletin's head; <see cref="Scope"/> is <c>joint</c> for the joint bulletin, or the code of the city whose own bulletin it is.</summary>
public sealed record BulletinSummaryDto(
    Guid Id, string Period, int Version, DateOnly From, DateOnly Through, DateOnly AsOf, DateTimeOffset GeneratedAt, string GeneratedBy, string Scope = "joint");
