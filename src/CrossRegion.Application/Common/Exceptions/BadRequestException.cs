namespace CrossRegion.Application.Common.Exceptions;

/// <summary>A request that is well-formed JSON but cannot be served as asked (400), with a stable error code.</summary>
public sealed class BadRequestException : Exception
{
    public BadRequestException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public BadRequestException()
        : this("invalid_request", "The request is invalid.")
    {
    }

    public BadRequestException(string message)
        : this("invalid_request", message)
    {
    }

    public BadRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "invalid_request";
    }

    public string Code { get; } = "invalid_request";
}
