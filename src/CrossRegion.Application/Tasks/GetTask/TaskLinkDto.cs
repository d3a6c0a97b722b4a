namespace CrossRegion.Application.Tasks.GetTask;

public sealed record TaskLinkDto(string Key, string TitleZh, string TitleEn);
