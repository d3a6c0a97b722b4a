using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Api.Endpoints;

internal static class MultipartForms
{
    // A multipart body that is not multipart (no boundary, a boundary that never comes, a truncated part) is the
    // caller's mistake: 400 with <paramref name="code"/>, not the parser's exception as a 500. Too large stays 413.
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, string code, CancellationToken cancellationToken)
    {
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException && e is not BadHttpRequestException)
        {
            throw new BadRequestException(code, Localized.Text(
                "表单（multipart/form-data）格式错误，无法读取。", "The form (multipart/form-data) is malformed and cannot be read."));
        }
    }
}
