using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// One file sent as the <c>file</c> field of a form (multipart/form-data), with an optional <c>milestone_id</c> field
/// naming the milestone it is evidence for, or <c>ask_id</c> naming the ask it documents. The bytes are read whole (up to the limit) to be checked by content.
/// </summary>
public sealed record AttachmentUpload(string FileName, Guid? MilestoneId, ReadOnlyMemory<byte> Content, Guid? AskId = null)
{
    public static async ValueTask<AttachmentUpload?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType)
        {
            throw new BadHttpRequestException(
                Localized.Text("附件须以表单（multipart/form-data）上传。", "Send the attachment as a form (multipart/form-data)."), StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await MultipartForms.ReadAsync(context.Request, "attachment_malformed", context.RequestAborted);
        var file = form.Files.GetFile("file")
            ?? throw new BadRequestException("attachment_missing", Localized.Text("表单中没有文件（字段名 file）。", "The form carries no file (field name: file)."));
        Guid? milestone = null;
        if (form.TryGetValue("milestone_id", out var value) && !string.IsNullOrWhiteSpace(value))
        {
            milestone = Guid.TryParse(value, out var id)
                ? id
                : throw new BadRequestException("attachment_milestone", Localized.Text("milestone_id 须为节点的 id。", "milestone_id must be a milestone's id."));
        }

        Guid? ask = null;
        if (form.TryGetValue("ask_id", out var askValue) && !string.IsNullOrWhiteSpace(askValue))
        {
            ask = Guid.TryParse(askValue, out var id)
                ? id
                : throw new BadRequestException("attachment_ask", Localized.Text("ask_id 须为争取事项的 id。", "ask_id must be an ask's id."));
        }

        if (file.Length > AttachmentContent.MaxBytes)
        {
            throw AttachmentContent.TooLarge();
        }

        using var buffer = new MemoryStream((int)file.Length);
        await using (var stream = file.OpenReadStream())
        {
            await stream.CopyToAsync(buffer, context.RequestAborted);
        }

        return new AttachmentUpload(file.FileName, milestone, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ask);
    }
}
