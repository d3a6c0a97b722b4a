namespace CrossRegion.Application.Users.CreateApiClient;

public sealed record ApiClientCreatedDto(string ClientId, string Secret);
