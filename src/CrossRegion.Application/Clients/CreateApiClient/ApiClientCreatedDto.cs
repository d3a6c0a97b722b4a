namespace CrossRegion.Application.Clients.CreateApiClient;

public sealed record ApiClientCreatedDto(string ClientId, string Secret);
