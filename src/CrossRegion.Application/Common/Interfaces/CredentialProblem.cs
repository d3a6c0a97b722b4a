namespace CrossRegion.Application.Common.Interfaces;

/// <summary>One rule a password or user name broke: a stable code (e.g. PasswordTooShort) and a message for people.</summary>
public sealed record CredentialProblem(string Code, string Message)
{
    /// <summary>The code of a current password that does not match.</summary>
    public const string WrongPassword = "PasswordMismatch";

    /// <summary>The field of the request a problem belongs to.</summary>
    public string Field => Code switch
    {
        WrongPassword => "current_password",
        _ when Code.StartsWith("Password", StringComparison.Ordinal) => "password",
        _ => "username",
    };
}
