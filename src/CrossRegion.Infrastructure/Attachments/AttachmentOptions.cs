namespace CrossRegion.Infrastructure.Attachments;

/// <summary>Configuration section <c>Attachments</c>: where attachments' bytes are kept and who scans them.</summary>
public sealed class AttachmentOptions
{
    public const string SectionName = "Attachments";

    /// <summary>
    /// <c>database</c> (the default: the bytes commit with their row, every node reads them, backups hold them) or
    /// <c>folder</c> (files under <see cref="Folder"/>, which every node must share).
    /// </summary>
    public string Store { get; set; } = "database";

    /// <summary>The folder for <c>Store = folder</c>; relative paths are under the content root.</summary>
    public string? Folder { get; set; }
}
