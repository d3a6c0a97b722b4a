namespace CrossRegion.Application.Common.Interfaces;

/// <summary>The response an idempotent request produced, replayed to its retries.</summary>
public sealed record StoredResponse(string RequestHash, string Path, int StatusCode, string Body, string? Location);
