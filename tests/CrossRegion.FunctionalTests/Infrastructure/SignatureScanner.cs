using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Evidence;

namespace CrossRegion.FunctionalTests.Infrastructure;

/// <summary>
/// The virus-scan hook's test double, standing in for an installation's scanner (ClamAV and the like): it finds the
/// EICAR test signature, the string every anti-virus engine reports, anywhere in a file; everything else is clean.
/// </summary>
public sealed class SignatureScanner : IAttachmentScanner
{
    public const string Eicar = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private static readonly byte[] Signature = System.Text.Encoding.ASCII.GetBytes(Eicar);

    public Task<ScanVerdict> ScanAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        Task.FromResult(content.Span.IndexOf(Signature) >= 0 ? new ScanVerdict(AttachmentScan.Clean, "Eicar-Test-Signature") : new ScanVerdict(AttachmentScan.Clean));
}
