using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrossRegion.Infrastructure.Identity;

/// <summary><see cref="IAccountCredentials"/> on ASP.NET Core Identity's <see cref="UserManager{TUser}"/> and its EF store.</summary>
internal sealed class IdentityCredentials(UserManager<IdentityAccount> users, Persistence.AppDbContext db, TwoFactorPolicy policy, TimeProvider time) : IAccountCredentials
{
    // Verifying against a throwaway hash keeps an unknown account as slow as a wrong password.
    private static readonly Lazy<string> Placeholder = new(() => new PasswordHasher<IdentityAccount>().HashPassword(new IdentityAccount(), Guid.NewGuid().ToString()));

    public async Task<IReadOnlyList<CredentialProblem>> CreateAsync(UserAccount account, string password, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = IdentityAccount.For(account);
        identity.MustChangePassword = mustChangePassword;
        identity.PasswordChangedAt = time.GetUtcNow();
        var result = await users.CreateAsync(identity, password);
        return result.Succeeded ? [] : result.Errors.Select(e => new CredentialProblem(e.Code, e.Description)).ToList();
    }

    public async Task<bool> CheckPasswordAsync(Guid? accountId, string password, CancellationToken cancellationToken)
    {
        var identity = accountId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
        if (identity?.PasswordHash is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new IdentityAccount(), Placeholder.Value, password);
            return false;
        }

        // Identity re-hashes (and saves) a password whose hash was made with older parameters.
        return await users.CheckPasswordAsync(identity, password);
    }

    public async Task<IReadOnlyList<CredentialProblem>> ChangePasswordAsync(Guid accountId, string currentPassword, string newPassword, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString());
        if (identity?.PasswordHash is null)
        {
            return [new CredentialProblem(CredentialProblem.WrongPassword, users.ErrorDescriber.PasswordMismatch().Description)];
        }

        // The replaced hash joins the history in the same save as the new one (nothing is saved when the change fails).
        var now = time.GetUtcNow();
        var replaced = db.PasswordHistory.Add(PasswordHistoryEntry.Of(identity.Id, identity.PasswordHash, now));
        identity.MustChangePassword = false;
        identity.PasswordChangedAt = now;
        var result = await users.ChangePasswordAsync(identity, currentPassword, newPassword);
        if (result.Succeeded)
        {
            return [];
        }

        // Refused: forget the pending changes, so that a later save in this request (the throttle's) cannot carry them.
        replaced.State = Microsoft.EntityFrameworkCore.EntityState.Detached;
        await db.Entry(identity).ReloadAsync(cancellationToken);
        return result.Errors.Select(e => new CredentialProblem(e.Code, e.Description)).ToList();
    }

    public async Task<CredentialState> GetStateAsync(UserAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = await users.FindByIdAsync(account.Id.ToString());
        return new CredentialState(
            identity?.MustChangePassword ?? false, identity?.TwoFactorEnabled ?? false, policy.Requires(account), identity?.PasswordChangedAt);
    }

    public async Task<bool> CheckSecondFactorAsync(Guid accountId, string code, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString());
        if (identity is null || string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        return await users.VerifyTwoFactorTokenAsync(identity, users.Options.Tokens.AuthenticatorTokenProvider, Compact(code))
            || (await users.RedeemTwoFactorRecoveryCodeAsync(identity, code.Trim())).Succeeded;
    }

    public async Task<TwoFactorSetup> BeginTwoFactorAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString()) ?? throw new InvalidOperationException($"No credentials for {accountId}.");
        await users.ResetAuthenticatorKeyAsync(identity);
        var key = (await users.GetAuthenticatorKeyAsync(identity))!;
        var label = Uri.EscapeDataString($"CrossRegion:{identity.UserName}");
        return new TwoFactorSetup(key, $"otpauth://totp/{label}?secret={key}&issuer=CrossRegion&digits=6");
    }

    public async Task<IReadOnlyList<string>?> ConfirmTwoFactorAsync(Guid accountId, string code, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString());
        if (identity is null || !await users.VerifyTwoFactorTokenAsync(identity, users.Options.Tokens.AuthenticatorTokenProvider, Compact(code)))
        {
            return null;
        }

        await users.SetTwoFactorEnabledAsync(identity, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(identity, 10))?.ToList();
    }

    public async Task DisableTwoFactorAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString()) ?? throw new InvalidOperationException($"No credentials for {accountId}.");
        await users.SetTwoFactorEnabledAsync(identity, false);
        await users.ResetAuthenticatorKeyAsync(identity);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(identity, 0);
    }

    // Authenticator apps show "123 456"; people type it as they see it.
    private static string Compact(string code) => code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
