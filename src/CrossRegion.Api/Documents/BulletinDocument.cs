using MediatR;

namespace CrossRegion.Api.Documents;

/// <summary>The bulletin's files, for the API (by Accept or format=) and the console's downloads (with the cookie) alike.</summary>
internal static class BulletinDocument
{
    public static async Task<IResult> FileAsync(Guid id, string format, IMediator mediator, CancellationToken cancellationToken)
    {
        var sheet = await BulletinSheet.LoadAsync(mediator, id, cancellationToken);
        return format == "xlsx"
            ? Results.File(sheet.Xlsx(), BulletinSheet.XlsxType, sheet.FileName("xlsx"))
            : Results.File(BulletinPdf.Render(sheet), BulletinSheet.PdfType, sheet.FileName("pdf"));
    }
}
