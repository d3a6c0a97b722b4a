using CrossRegion.Application.Common.Text;
using Microsoft.AspNetCore.Identity;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>Identity's objections in the caller's language (zh-CN by default, English on request), with Identity's codes.</summary>
internal sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"密码至少 {length} 个字符。", $"A password has at least {length} characters.");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "密码须含数字。", "A password needs a digit.");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "密码须含小写字母。", "A password needs a lower-case letter.");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "密码须含大写字母。", "A password needs an upper-case letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "密码须含字母和数字以外的字符。", "A password needs a character that is neither a letter nor a digit.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"密码至少含 {uniqueChars} 个不同的字符。", $"A password has at least {uniqueChars} different characters.");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"用户名“{userName}”已被使用。", $"The user name '{userName}' is taken.");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), "用户名只能含小写字母、数字和 . _ -。", "A user name has lower-case letters, digits and . _ - only.");

    public override IdentityError PasswordMismatch() =>
        Error(nameof(PasswordMismatch), "当前密码不正确。", "The current password is incorrect.");

    /// <summary>The password is one of the person's last few (<see cref="PasswordHistoryValidator"/>).</summary>
    public static IdentityError PasswordReused(int count) =>
        Error("PasswordReused", $"新密码不能与最近 {count} 次使用的密码相同。", $"The new password may not be one of the last {count} used.");

    private static IdentityError Error(string code, string zh, string en) => new() { Code = code, Description = Localized.Text(zh, en) };
}
