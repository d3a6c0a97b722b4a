namespace CrossRegion.Domain.Common;

/// <summary>A row listed newest first by when it was recorded, its id breaking ties (asks, issues).</summary>
public interface IRecordedRow
{
    Guid Id { get; }

    DateTimeOffset CreatedAt { get; }
}
