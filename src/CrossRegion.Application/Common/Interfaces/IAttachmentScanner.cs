using CrossRegion.Domain.Evidence;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// The virus-scan hook: every attachment passes through it before it is stored. Without a configured scanner the
/// file is recorded as not scanned (its type and size are still checked by content).
/// </summary>
public interface IAttachmentScanner
{
    Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}

/// <param name="Threat">What the scanner found; a file with a threat is refused and never stored.</param>
public sealed record ScanVerdict(AttachmentScan Scan, string? Threat = null)
{
    public static readonly ScanVerdict NotScanned = new(AttachmentScan.NotScanned);
}
