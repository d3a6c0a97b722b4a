using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;

namespace CrossRegion.FunctionalTests.Attachments;

/// <summary>Small real files of each kind an officer attaches, and the form that carries one.</summary>
public static class EvidenceFiles
{
    public static byte[] Pdf(string text = "验收报告") => Encoding.UTF8.GetBytes(
        $"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Png() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
        0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];

    /// <summary>A Word document as Word writes its package: the content types and the main document part.</summary>
    public static byte[] Docx() => Package("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>会议纪要</w:t></w:r></w:p></w:body></w:document>");

    /// <summary>A zip that is no Office document (an archive of anything).</summary>
    public static byte[] Zip() => Package("readme.txt", "not a document", contentTypes: false);

    public static MultipartFormDataContent Form(byte[] content, string fileName, Guid? milestone = null, string declaredType = "application/octet-stream", string? ask = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(declaredType);
        form.Add(file, "file", fileName);
        if (milestone is { } id)
        {
            form.Add(new StringContent(id.ToString()), "milestone_id");
        }

        if (ask is not null)
        {
            form.Add(new StringContent(ask), "ask_id");
        }

        return form;
    }

    private static byte[] Package(string part, string xml, bool contentTypes = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (contentTypes)
            {
                Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            Write(zip, part, xml);
        }

        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
        writer.Write(text);
    }
}
