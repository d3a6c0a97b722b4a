using System.Text.Json;

namespace CrossRegion.Application.Changes.ListChanges;

/// <summary>One event: <see cref="Id"/> is also the <c>webhook-id</c> of its deliveries.</summary>
public sealed record ChangeDto(string Id, long Position, string Type, DateTimeOffset OccurredAt, JsonElement Data);
