namespace CrossRegion.Application.Common.Exceptions;

/// <summary>
/// Credentials or a refresh token were rejected (401). <see cref="Code"/> is a stable machine-readable reason;
/// for the token endpoint it is the RFC 6749 §5.2 error code.
/// </summary>
public sealed class AuthenticationFailedException : Exception
{
    public AuthenticationFailedException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public AuthenticationFailedException()
        : this("invalid_credentials", "Authentication failed.")
    {
    }

    public AuthenticationFailedException(string message)
        : this("invalid_credentials", message)
    {
    }

    public AuthenticationFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "invalid_credentials";
    }

    public string Code { get; } = "invalid_credentials";
}
