using System.IO.Compression;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Evidence;

namespace CrossRegion.Application.Attachments.Common;

/// <summary>
/// What a file is, read from its bytes: the signature of a PDF, a PNG, a JPEG, an OLE2 container (.doc/.xls/.ppt) or an
/// Office Open XML package (a zip with the part that makes it a document, workbook or presentation). The uploader's
/// content type is never believed, and the name's extension must agree with the content.
/// </summary>
public static class AttachmentContent
{
    /// <summary>20 MiB: a scanned acceptance report of a few dozen pages.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Ole2 = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static AttachmentKind Identify(ReadOnlyMemory<byte> content, string fileName)
    {
        if (content.Length == 0)
        {
            throw new DomainRuleException("attachment.empty", "文件为空。", "The file is empty.");
        }

        if (content.Length > MaxBytes)
        {
            throw TooLarge();
        }

        var kind = Sniff(content) ?? throw new DomainRuleException(
            "attachment.type_refused",
            "只接受 PDF、PNG 或 JPEG 图片，以及 Word、Excel、PowerPoint 文件（doc、docx、xls、xlsx、ppt、pptx）。",
            "Only PDF, PNG or JPEG images and Word, Excel or PowerPoint files (doc, docx, xls, xlsx, ppt, pptx) are accepted.");
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return kind.Extensions().Contains(extension)
            ? kind
            : throw new DomainRuleException(
                "attachment.type_mismatch",
                $"文件内容与扩展名“{extension}”不符（内容为 {string.Join("/", kind.Extensions())}）。",
                $"The file's content does not match its extension '{extension}' (the content is {string.Join("/", kind.Extensions())}).");
    }

    public static DomainRuleException TooLarge() => new(
        "attachment.too_large", $"文件超过上限（{MaxBytes / 1024 / 1024} MB）。", $"The file is over the limit of {MaxBytes / 1024 / 1024} MB.");

    /// <summary>The name as shown and downloaded: no folders, no control characters.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        return new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
    }

    private static AttachmentKind? Sniff(ReadOnlyMemory<byte> content)
    {
        var head = content.Span;
        return head.StartsWith(Pdf) ? AttachmentKind.Pdf
            : head.StartsWith(Png) ? AttachmentKind.Png
            : head.StartsWith(Jpeg) ? AttachmentKind.Jpeg
            : head.StartsWith(Ole2) ? AttachmentKind.LegacyOffice
            : head.StartsWith(Zip) ? OfficeOpenXml(content)
            : null;
    }

    private static AttachmentKind? OfficeOpenXml(ReadOnlyMemory<byte> content)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? AttachmentKind.Word
                : zip.GetEntry("xl/workbook.xml") is not null ? AttachmentKind.Excel
                : zip.GetEntry("ppt/presentation.xml") is not null ? AttachmentKind.PowerPoint
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
