namespace CrossRegion.Application.Discussion.Common;

/// <param name="Jurisdiction">The city the author wrote for; null for the joint office.</param>
public sealed record MessageDto(Guid Id, string? Jurisdiction, string Text, string Author, DateTimeOffset CreatedAt);
