using System.Text;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Importing.ImportTasks;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// A CSV sent as the request body (text/csv) or as the <c>file</c> field of a form (multipart/form-data), decoded
/// as strict UTF-8 with or without a BOM. A file saved in another encoding (GBK) is refused, not garbled.
/// </summary>
public sealed record CsvUpload(string Text)
{
    public const int MaxBytes = ImportTasksCommandValidator.MaxCharacters * 3;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async ValueTask<CsvUpload?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        Stream body;
        if (request.HasFormContentType)
        {
            var form = await MultipartForms.ReadAsync(request, "csv_malformed", context.RequestAborted);
            var file = form.Files.GetFile("file") ?? (form.Files.Count > 0 ? form.Files[0] : null)
                ?? throw new BadRequestException("csv_empty", Localized.Text("表单中没有文件（字段名 file）。", "The form carries no file (field name: file)."));
            body = file.OpenReadStream();
        }
        else
        {
            body = request.Body;
        }

        await using (body)
        {
            using var buffer = new MemoryStream();
            await body.CopyToAsync(buffer, context.RequestAborted);
            return new CsvUpload(Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        }
    }

    /// <summary>The CSV's text: UTF-8 (a BOM is dropped), at most about 6 MB; anything else is a 400 with its reason.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            throw new BadRequestException("csv_too_large", Localized.Text("CSV 文件过大（上限约 6 MB）。", "The CSV is too large (about 6 MB at most)."));
        }

        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new BadRequestException("csv_encoding", Localized.Text(
                "CSV 须为 UTF-8 编码（在 Excel 中另存为“CSV UTF-8”）。", "The CSV must be UTF-8 (in Excel: save as \"CSV UTF-8\")."));
        }
    }
}
