namespace CrossRegion.Application.Common.Exceptions;

/// <summary>A commit of an import with row errors: nothing was written (422, with the report).</summary>
public sealed class ImportRejectedException : Exception
{
    /// <param name="report">The import's report (tasks or users), answered with the 422.</param>
    public ImportRejectedException(object report, string message)
        : base(message)
    {
        Report = report;
    }

    public ImportRejectedException()
        : this(new { committed = false }, "The import was rejected.")
    {
    }

    public ImportRejectedException(string message)
        : this(new { committed = false }, message)
    {
    }

    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = new { committed = false };
    }

    public object Report { get; }
}
