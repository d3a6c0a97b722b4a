namespace CrossRegion.Application.Notifications.Common;

public sealed record NoticeTaskDto(string Key, string TitleZh, string TitleEn);
