using CrossRegion.Application.Common.Concurrency;
using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Indicators.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Indicators;
using FluentValidation;
using FluentValidation.Results;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Indicators.ReportActual;

/// <summary>
/// The period must be one the indicator's frequency reports and must have begun (Beijing time); a year whose target
/// is a figure needs a figure. A revision names the revision it replaces (428 without, 412 when another came first);
/// two first reports at once: the unique (indicator, city, period) takes one, the other is told to reload (409).
/// </summary>
public sealed class ReportActualCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, IndicatorReader reader)
    : IRequestHandler<ReportActualCommand, ReportedActualDto>
{
    private static readonly TargetKind[] Figures = [TargetKind.AtLeast, TargetKind.AtMost, TargetKind.About, TargetKind.RelativeChange];

    public async Task<ReportedActualDto> Handle(ReportActualCommand request, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.Include(i => i.Owners).Include(i => i.Targets).Include(i => i.Actuals)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Code == request.Code, cancellationToken)
            ?? throw new NotFoundException("indicator", request.Code);
        var city = request.Jurisdiction ?? (caller.Jurisdictions.Count == 1 ? caller.Jurisdictions[0] : null)
            ?? throw Invalid("jurisdiction", "请指明为哪个地区报送（jurisdiction）。", "Say which city the actual is for (jurisdiction).");
        if (!caller.Jurisdictions.Contains(city))
        {
            throw new ForbiddenAccessException(Localized.Text($"只能为本地区报送指标，不能为 {city} 报送。", $"You report for your own city, not for {city}."));
        }

        if (!IndicatorPeriod.TryRead(request.Period, indicator.Frequency, out var first, out _))
        {
            throw Invalid("period", $"期间须写作 {IndicatorPeriod.Pattern(indicator.Frequency)}。", $"The period is written {IndicatorPeriod.Pattern(indicator.Frequency)}.");
        }

        if (first > ShanghaiClock.Today(time))
        {
            throw Invalid("period", "该期间尚未开始，不能报送。", "The period has not begun yet.");
        }

        var period = request.Period!;
        var target = period.Length == 4 ? indicator.Targets.FirstOrDefault(t => t.Year.ToString(CultureInfo.InvariantCulture) == period) : null;
        var text = request.Text?.Trim() is { Length: > 0 } words ? words
            : request.Pending ? IndicatorTable.NotYetReported
            : request.Value?.ToString(CultureInfo.InvariantCulture) ?? (request.Met == true ? "完成" : "未完成");
        if (!request.Pending && target is not null && Figures.Contains(target.Kind) && request.Value is null && TargetText.FigureOf(text) is null)
        {
            throw Invalid("value", $"{period} 年目标为“{target.Text}”，须报送数值。", $"The {period} target is '{target.Text}': report a figure.");
        }

        var earlier = indicator.Actuals.FirstOrDefault(a => a.JurisdictionCode == city && a.Period == period);
        if (earlier is not null && request.ExpectedRevision is null)
        {
            throw new PreconditionFailedException(Localized.Text(
                $"{city} 已报送 {period} 的实际值（第 {earlier.Revision} 版）；修订须附带 If-Match。",
                $"{city} has reported {period} (revision {earlier.Revision}); send If-Match with the revision you are replacing."), required: true);
        }

        if (Revisions.Differs(request.ExpectedRevision, earlier?.Revision))
        {
            throw new PreconditionFailedException(Localized.Text(
                "实际值已被他人修订（或尚未报送），请刷新后再提交。", "The actual changed since you read it (or was never reported); reload and retry."), required: false);
        }

        var actual = indicator.Report(city, period, text, request.Pending ? null : request.Value, request.Pending, request.Met, caller.Name ?? "unknown", time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new PreconditionFailedException(Localized.Text(
                "实际值已被他人修订，请刷新后再提交。", "Someone revised the actual at the same moment; reload and retry."), required: false);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("indicator_actual.duplicate", Localized.Text(
                $"{city} 的 {period} 实际值刚被他人同时报送，请刷新后再提交。", $"Another report of {city} for {period} came in at the same moment; reload and retry."));
        }

        return new ReportedActualDto(earlier is null, IndicatorReader.Actual(actual), (await reader.ReadAsync([indicator], cancellationToken))[0]);
    }

    private static ValidationException Invalid(string field, string zh, string en) => new([new ValidationFailure(field, Localized.Text(zh, en))]);
}
