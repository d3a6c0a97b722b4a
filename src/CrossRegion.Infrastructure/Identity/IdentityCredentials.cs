using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CrossRegion.Infrastructure.Identity;

/// <summary><see cref="IAccountCredentials"/> on ASP.NET Core Identity's <see cref="UserManager{TUser}"/> and its EF store.</summary>
internal sealed class IdentityCredentials(
    UserManager<IdentityAccount> users, Persistence.AppDbContext db, TwoFactorPolicy policy, IConfiguration configuration, TimeProvider time) : IAccountCredentials
{
    // Verifying against a throwaway hash keeps an unknown account as slow as a wrong password.
    private static readonly Lazy<string> Placeholder = new(() => new PasswordHasher<IdentityAccount>().HashPassword(new IdentityAccount(), Guid.NewGuid().ToString()));

    public async Task<IReadOnlyList<CredentialProblem>> CreateAsync(UserAccount account, string? password, bool mustChangePassword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = IdentityAccount.For(account);
        identity.MustChangePassword = mustChangePassword && password is not null;
        identity.PasswordChangedAt = password is null ? null : time.GetUtcNow();
        var result = password is null ? await users.CreateAsync(identity) : await users.CreateAsync(identity, password);
        return Problems(result);
    }

    public void StageAwaitingSetup(UserAccount account) => db.Set<IdentityAccount>().Add(IdentityAccount.For(account));

    public async Task<IReadOnlyList<CredentialProblem>> SetPasswordAsync(Guid accountId, string newPassword, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var identity = await users.FindByIdAsync(accountId.ToString()) ?? throw new InvalidOperationException($"No credentials for {accountId}.");
        return await ReplacePasswordAsync(identity, newPassword, mustChangePassword, cancellationToken);
    }

    public SetupLink IssueSetupLink(Guid accountId)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var expiresAt = time.GetUtcNow().AddHours(configuration.GetValue("Identity:SetupLinkHours", 72));
        foreach (var older in db.Set<AccountSetupToken>().Where(t => t.UserId == accountId && t.UsedAt == null))
        {
            older.Spend(time.GetUtcNow());
        }

        db.Set<AccountSetupToken>().Add(AccountSetupToken.For(accountId, Hash(token), expiresAt));
        return new SetupLink(token, expiresAt);
    }

    public async Task<IReadOnlyList<CredentialProblem>?> RedeemSetupLinkAsync(string token, string newPassword, CancellationToken cancellationToken)
    {
        var hash = Hash(token);
        var link = await db.Set<AccountSetupToken>().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        var identity = link is not null && link.IsUsableAt(time.GetUtcNow()) ? await users.FindByIdAsync(link.UserId.ToString()) : null;
        if (link is null || identity is null)
        {
            return null;
        }

        // Spent in the same save as the password; a concurrent second use loses on the concurrency stamp.
        link.Spend(time.GetUtcNow());
        var problems = await ReplacePasswordAsync(identity, newPassword, mustChangePassword: false, cancellationToken);
        if (problems.Count > 0)
        {
            await db.Entry(link).ReloadAsync(cancellationToken);
        }

        return problems;
    }

    // The policy's validators (history included) first, then one save of the new hash, a new security stamp (other
    // sessions' cookies and tokens tied to the stamp end) and the replaced hash in the history.
    private async Task<IReadOnlyList<CredentialProblem>> ReplacePasswordAsync(IdentityAccount identity, string newPassword, bool mustChangePassword, CancellationToken cancellationToken)
    {
        var problems = new List<CredentialProblem>();
        foreach (var validator in users.PasswordValidators)
        {
            problems.AddRange(Problems(await validator.ValidateAsync(users, identity, newPassword)));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var now = time.GetUtcNow();
        if (identity.PasswordHash is not null)
        {
            db.PasswordHistory.Add(PasswordHistoryEntry.Of(identity.Id, identity.PasswordHash, now));
        }

        identity.PasswordHash = users.PasswordHasher.HashPassword(identity, newPassword);
        identity.SecurityStamp = Guid.NewGuid().ToString("N");
        identity.MustChangePassword = mustChangePassword;
        identity.PasswordChangedAt = now;
        var result = await users.UpdateAsync(identity);
        return Problems(result);
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static List<CredentialProblem> Problems(IdentityResult result) =>
        result.Succeeded ? [] : result.Errors.Select(e => new CredentialProblem(e.Code, e.Description)).ToList();

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
        return StateOf(account, identity);
    }

    public async Task<IReadOnlyDictionary<Guid, CredentialState>> GetStatesAsync(IReadOnlyCollection<UserAccount> accounts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        var ids = accounts.Select(a => a.Id).ToList();
        var identities = await db.Set<IdentityAccount>().AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return accounts.ToDictionary(a => a.Id, a => StateOf(a, identities.GetValueOrDefault(a.Id)));
    }

    private CredentialState StateOf(UserAccount account, IdentityAccount? identity) =>
        new(identity?.MustChangePassword ?? false, identity?.TwoFactorEnabled ?? false, policy.Requires(account), identity?.PasswordChangedAt, identity?.PasswordHash is null);

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
