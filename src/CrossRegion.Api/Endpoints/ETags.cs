using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Endpoints;

/// <summary>Strong ETags carrying an aggregate's version: <c>"7"</c>.</summary>
internal static class ETags
{
    public static string Format(int version) => $"\"{version}\"";

    /// <summary>The version in If-Match; null when absent, weak or <c>*</c> (a write must name what it read).</summary>
    public static int? Parse(StringValues ifMatch)
    {
        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags))
        {
            return null;
        }

        var tag = tags.FirstOrDefault(t => !t.IsWeak && t.Tag != "*");
        return tag is not null && int.TryParse(tag.Tag.AsSpan().Trim('"'), out var version) ? version : null;
    }
}
