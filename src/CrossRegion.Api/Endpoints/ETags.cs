using CrossRegion.Application.Common.Concurrency;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CrossRegion.Api.Endpoints;

/// <summary>Strong ETags carrying an aggregate's version: <c>"7"</c> (and, on reads, a digest of the body: RepresentationTagFilter).</summary>
internal static class ETags
{
    public static string Format(int version) => $"\"{version}\"";

    /// <summary>
    /// What If-Match names: null when absent; <see cref="Revisions.Any"/> for <c>*</c>; the version of the first strong
    /// tag; otherwise (weak tags only, a tag that is no version of ours, a header that is no tag list)
    /// <see cref="Revisions.Weak"/>, which never matches: 412, since a write must name the exact version it read.
    /// </summary>
    public static int? Parse(StringValues ifMatch)
    {
        if (StringValues.IsNullOrEmpty(ifMatch) || string.IsNullOrWhiteSpace(ifMatch.ToString()))
        {
            return null;
        }

        if (!EntityTagHeaderValue.TryParseList(ifMatch, out var tags) || tags.Count == 0)
        {
            return Revisions.Weak;
        }

        if (tags.Any(t => t.Tag == "*"))
        {
            return Revisions.Any;
        }

        // "7" from a write's answer, "7-3fa9c1d2e4b5" from a read's (RepresentationTagFilter): the version is before the dash.
        var tag = tags.FirstOrDefault(t => !t.IsWeak)?.Tag.ToString().Trim('"');
        return tag?.Split('-')[0] is { } number
            && int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version)
            ? version
            : Revisions.Weak;
    }
}
