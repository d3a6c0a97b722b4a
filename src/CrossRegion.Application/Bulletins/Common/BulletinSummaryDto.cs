namespace CrossRegion.Application.Bulletins.Common;

public sealed record BulletinSummaryDto(Guid Id, string Period, int Version, DateOnly From, DateOnly Through, DateOnly AsOf, DateTimeOffset GeneratedAt, string GeneratedBy);
