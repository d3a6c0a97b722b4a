using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// A new password may not be any of the person's last <c>Identity:PasswordHistory</c> (5) passwords, the current one
/// included. Checked by hash verification, so the history holds hashes only.
/// </summary>
internal sealed class PasswordHistoryValidator(Persistence.AppDbContext db, IConfiguration configuration) : IPasswordValidator<IdentityAccount>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<IdentityAccount> manager, IdentityAccount user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var count = configuration.GetValue("Identity:PasswordHistory", 5);
        if (password is null || count <= 0)
        {
            return IdentityResult.Success;
        }

        var previous = await db.PasswordHistory.AsNoTracking()
            .Where(p => p.UserId == user.Id)
            .OrderByDescending(p => p.ReplacedAt)
            .Take(count - 1)
            .Select(p => p.PasswordHash)
            .ToListAsync();
        var hashes = user.PasswordHash is null ? previous : previous.Prepend(user.PasswordHash);
        return hashes.Any(hash => manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed)
            ? IdentityResult.Failed(LocalizedIdentityErrors.PasswordReused(count))
            : IdentityResult.Success;
    }
}
