using System.Text.Json;
using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Bulletins.Common;

internal static class BulletinJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new CrossRegion.Application.Common.Text.UtcInstantConverter() },
    };

    public static BulletinSummaryDto Summary(Bulletin b) => new(b.Id, b.Period, b.Version, b.From, b.Through, b.AsOf, b.GeneratedAt, b.GeneratedBy, b.Scope);
}
