using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Importing.ImportTasks;

/// <summary>What every row of one import shares.</summary>
internal sealed record ImportSettings(
    string Programme, string ListType, int? Year, string? KeyPrefix, string? SourceDocument, IReadOnlyDictionary<string, string> Categories, DateTimeOffset Now);
