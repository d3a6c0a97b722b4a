using System.Buffers.Text;
using System.Text;

namespace CrossRegion.Application.Common.Paging;

/// <summary>Opaque keyset cursors: base64url of the last sort key of the previous page.</summary>
public static class Cursor
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public static string Encode(string lastKey) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("k:" + lastKey));

    public static bool TryDecode(string? cursor, out string lastKey)
    {
        lastKey = string.Empty;
        if (string.IsNullOrEmpty(cursor) || cursor.Length > 200)
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (!text.StartsWith("k:", StringComparison.Ordinal) || text.Length < 3)
            {
                return false;
            }

            lastKey = text[2..];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
