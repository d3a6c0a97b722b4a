namespace CrossRegion.Application.Tasks.GetTask;

public sealed record SourceReferenceDto(string Document, int? Row);
