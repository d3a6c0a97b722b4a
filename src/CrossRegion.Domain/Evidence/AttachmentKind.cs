namespace CrossRegion.Domain.Evidence;

/// <summary>The kinds of file accepted as evidence: PDF, images, and Office documents old and new.</summary>
public enum AttachmentKind
{
    Pdf = 1,
    Png = 2,
    Jpeg = 3,
    Word = 4,
    Excel = 5,
    PowerPoint = 6,

    /// <summary>A legacy Office file (.doc, .xls, .ppt: one OLE2 container format for all three).</summary>
    LegacyOffice = 7,
}

public static class AttachmentKinds
{
    public static string ContentType(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => "application/pdf",
        AttachmentKind.Png => "image/png",
        AttachmentKind.Jpeg => "image/jpeg",
        AttachmentKind.Word => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        AttachmentKind.Excel => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        AttachmentKind.PowerPoint => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        _ => "application/x-ole-storage",
    };

    /// <summary>The file-name extensions each kind is saved under; a name must carry one of its kind's.</summary>
    public static IReadOnlyList<string> Extensions(this AttachmentKind kind) => kind switch
    {
        AttachmentKind.Pdf => [".pdf"],
        AttachmentKind.Png => [".png"],
        AttachmentKind.Jpeg => [".jpg", ".jpeg"],
        AttachmentKind.Word => [".docx"],
        AttachmentKind.Excel => [".xlsx"],
        AttachmentKind.PowerPoint => [".pptx"],
        _ => [".doc", ".xls", ".ppt"],
    };
}
