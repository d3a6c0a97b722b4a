namespace CrossRegion.Application.Clients.RegisterSignInClient;

public sealed record SignInClientDto(string ClientId, string Name, IReadOnlyList<string> RedirectUris, IReadOnlyList<string> PostLogoutRedirectUris, bool OfflineAccess);
