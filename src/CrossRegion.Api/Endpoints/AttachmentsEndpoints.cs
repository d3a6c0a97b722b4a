using System.Net.Mime;
using CrossRegion.Application.Attachments.AddAttachment;
using CrossRegion.Application.Attachments.Common;
using CrossRegion.Application.Attachments.GetAttachment;
using CrossRegion.Application.Attachments.ListAttachments;
using CrossRegion.Application.Attachments.RemoveAttachment;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Endpoints;

/// <summary>佐证材料: files attached to a task or a milestone, readable by exactly those who read the task.</summary>
internal sealed class AttachmentsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks/{key}/attachments").WithTags("Attachments").RequireAuthorization();

        group.MapPost("/", AddAsync)
            .Accepts<AttachmentUpload>("multipart/form-data")
            .WithBodyLimit(BodyLimits.Attachment)
            .WithName("AddAttachment")
            .WithSummary("Attach a file (form field file; milestone_id to make it evidence for a milestone your party owns; ask_id for the documents of an ask you may act on)")
            .WithDescription(
                "PDF, PNG, JPEG, Word, Excel or PowerPoint (doc/docx, xls/xlsx, ppt/pptx) up to 20 MiB, recognised by content: a file " +
                "whose bytes are none of these, or whose name's extension disagrees with its content, answers 422; the declared " +
                "content type is ignored. Every file passes the virus-scan hook before it is stored.")
            .WithSignOffProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapGet("/", (string key, IMediator mediator, CancellationToken ct) => mediator.Send(new ListAttachmentsQuery(key), ct))
            .WithName("ListAttachments")
            .WithSummary("The task's attachments, oldest first")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:guid}", DownloadAsync)
            .WithName("DownloadAttachment")
            .WithSummary("An attachment's bytes, as a download, with the content type read from them")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypeNames.Application.Octet)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:guid}", async (string key, Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveAttachmentCommand(key, id), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveAttachment")
            .WithSummary("Take back a file your party attached (not once your party confirmed the milestone on it)")
            .WithSignOffProblems();
    }

    private static async Task<Created<AttachmentDto>> AddAsync(string key, AttachmentUpload upload, IMediator mediator, CancellationToken cancellationToken)
    {
        var attachment = await mediator.Send(new AddAttachmentCommand(key, upload.MilestoneId, upload.FileName, upload.Content, upload.AskId), cancellationToken);
        return TypedResults.Created($"/api/v1/tasks/{Uri.EscapeDataString(key)}/attachments/{attachment.Id}", attachment);
    }

    // Always a download (the API's and the console's), never rendered in our origin: the bytes are a party's, so the browser is told not to sniff
    // them and, should it open them anyway, to run nothing.
    internal static async Task<FileStreamHttpResult> DownloadAsync(string key, Guid id, IMediator mediator, HttpResponse response, CancellationToken cancellationToken)
    {
        var file = await mediator.Send(new GetAttachmentQuery(key, id), cancellationToken);
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.ContentSecurityPolicy] = "sandbox; default-src 'none'";
        response.Headers.ETag = $"\"{file.Attachment.Sha256}\"";
        return TypedResults.File(file.Content, file.Attachment.ContentType, file.Attachment.FileName);
    }
}
