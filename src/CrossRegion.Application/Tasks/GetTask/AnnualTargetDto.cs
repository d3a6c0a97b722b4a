namespace CrossRegion.Application.Tasks.GetTask;

public sealed record AnnualTargetDto(int Year, string Text, IReadOnlyList<MeasureDto> Measures);
