using CrossRegion.Application.Bulletins.Common;

namespace CrossRegion.Application.Bulletins.GetBulletin;

public sealed record BulletinDto(BulletinSummaryDto Bulletin, BulletinContent Content);
