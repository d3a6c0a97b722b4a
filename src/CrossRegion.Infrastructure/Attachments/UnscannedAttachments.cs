using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Infrastructure.Attachments;

/// <summary>
/// The scan hook when no scanner is configured: every file is recorded as not scanned, honestly, and shown so. An
/// installation with a scanner registers its own <see cref="IAttachmentScanner"/> (docs/operations.md).
/// </summary>
internal sealed class UnscannedAttachments : IAttachmentScanner
{
    public Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) => Task.FromResult(ScanVerdict.NotScanned);
}
