namespace CrossRegion.Application.Notifications.Common;

public sealed record NoticeAcknowledgementDto(DateTimeOffset At, string By, string? Reason, DateOnly? ExpectedOn);
