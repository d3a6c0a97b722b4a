using System.Text.Json;
using CrossRegion.Domain.Reporting;

namespace CrossRegion.Application.Bulletins.Common;

internal static class BulletinJson
{
    public static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static BulletinSummaryDto Summary(Bulletin b) => new(b.Id, b.Period, b.Version, b.From, b.Through, b.AsOf, b.GeneratedAt, b.GeneratedBy, b.Scope);
}
