namespace CrossRegion.Application.Common.Interfaces;

public sealed record TaskSheet(IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows);
