using CrossRegion.Application.Importing.ImportTasks;

namespace CrossRegion.Application.Common.Exceptions;

/// <summary>A commit of an import with row errors: nothing was written (422, with the report).</summary>
public sealed class ImportRejectedException : Exception
{
    public ImportRejectedException(ImportReportDto report, string message)
        : base(message)
    {
        Report = report;
    }

    public ImportRejectedException()
        : this(new ImportReportDto(false, 0, 0, []), "The import was rejected.")
    {
    }

    public ImportRejectedException(string message)
        : this(new ImportReportDto(false, 0, 0, []), message)
    {
    }

    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Report = new ImportReportDto(false, 0, 0, []);
    }

    public ImportReportDto Report { get; }
}
