namespace CrossRegion.Application.Changes.ListChanges;

public sealed record ChangePage(IReadOnlyList<ChangeDto> Items, string NextCursor);
