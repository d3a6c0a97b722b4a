using CrossRegion.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher (V3 format) behind the application's port.</summary>
internal sealed class PasswordHasherAdapter : IPasswordHasher
{
    private static readonly object Subject = new();
    private readonly PasswordHasher<object> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(Subject, password);

    public PasswordCheck Verify(string hash, string password)
    {
        try
        {
            return _hasher.VerifyHashedPassword(Subject, hash, password) switch
            {
                PasswordVerificationResult.Success => PasswordCheck.Success,
                PasswordVerificationResult.SuccessRehashNeeded => PasswordCheck.SuccessRehashNeeded,
                _ => PasswordCheck.Failed,
            };
        }
        catch (FormatException)
        {
            return PasswordCheck.Failed;
        }
    }
}
