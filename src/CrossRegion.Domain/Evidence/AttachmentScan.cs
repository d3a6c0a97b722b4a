namespace CrossRegion.Domain.Evidence;

/// <summary>What the virus scanner said when the file came in.</summary>
public enum AttachmentScan
{
    /// <summary>No scanner is configured (Attachments:ClamAv): the file was checked by type and size only.</summary>
    NotScanned = 1,

    /// <summary>The configured scanner found nothing.</summary>
    Clean = 2,
}
