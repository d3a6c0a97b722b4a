namespace CrossRegion.Application.Common.Exceptions;

/// <summary>
/// The request's precondition does not hold: 428 when If-Match is missing (<see cref="Required"/>), 412 when the
/// resource changed since the caller read it.
/// </summary>
public sealed class PreconditionFailedException : Exception
{
    public PreconditionFailedException(string message, bool required)
        : base(message)
    {
        Required = required;
    }

    public PreconditionFailedException()
        : this("The precondition failed.", false)
    {
    }

    public PreconditionFailedException(string message)
        : this(message, false)
    {
    }

    public PreconditionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool Required { get; }
}
