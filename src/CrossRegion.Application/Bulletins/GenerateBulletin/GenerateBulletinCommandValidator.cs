using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Text;
using FluentValidation;

namespace CrossRegion.Application.Bulletins.GenerateBulletin;

public sealed class GenerateBulletinCommandValidator : AbstractValidator<GenerateBulletinCommand>
{
    public GenerateBulletinCommandValidator()
    {
        RuleFor(c => c.Period).NotEmpty().Must(p => BulletinPeriod.TryParse(p, out _, out _))
            .WithMessage(_ => Localized.Text("period 须为季度（2026-Q3）、月份（2026-11）或年份（2026）。", "period must be a quarter (2026-Q3), a month (2026-11) or a year (2026)."));
        RuleFor(c => c.Scope).MaximumLength(16).Matches("^[A-Za-z0-9_-]+$")
            .WithMessage(_ => Localized.Text("scope 须为 joint（联合通报）或一个城市代码（本市通报）。", "scope must be joint (the joint bulletin) or a city's code (its own bulletin)."));
    }
}
