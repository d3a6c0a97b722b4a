using CrossRegion.Application.Common.Concurrency;
using System.Globalization;
using CrossRegion.Application.Bulletins.Common;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Indicators;
using CrossRegion.Domain.Tasks;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Evaluations.Runs;

public sealed class StartEvaluationCommandHandler(
    IAppDbContext db, ICurrentUser caller, TimeProvider time, PartyJudge judge, EvaluationReader reader, IEvaluationStore store)
    : IRequestHandler<StartEvaluationCommand, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(StartEvaluationCommand request, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(time);
        var year = request.Year ?? today.Year;
        var scheme = await db.EvaluationSchemes.SingleOrDefaultAsync(s => s.Year == year, cancellationToken)
            ?? throw new DomainRuleException("evaluation.scheme_missing", Localized.Text($"{year} 年尚无考核方案：先写入方案。", $"There is no {year} scheme yet: write it first."));
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var asOf = request.AsOf ?? (today < last ? today : last);
        if (asOf > today || asOf < first || asOf > last)
        {
            throw new DomainRuleException("evaluation.as_of", Localized.Text("评估截止日须在该年度内且不晚于今天。", "The day evaluated up to is in the year and not after today."));
        }

        var earlier = await db.EvaluationRuns.Where(r => r.Year == year).OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        if (earlier is { Status: EvaluationStatus.Draft })
        {
            throw new DomainRuleException("evaluation.duplicate", Localized.Text(
                $"{year} 年已有一个未发布的评估（第 {earlier.Version} 版）。", $"The {year} evaluation version {earlier.Version} is still a draft."));
        }

        if (earlier is not null)
        {
            await db.EvaluationRuns.Where(r => r.Id == earlier.Id).SelectMany(r => r.Adjustments).IgnoreQueryFilters([VisibilityFilter.Name]).LoadAsync(cancellationToken);
        }

        var run = EvaluationRun.Start(
            scheme, (earlier?.Version ?? 0) + 1, asOf, request.AppealsUntil ?? today.AddDays(10), today, caller.Name ?? "unknown", time.GetUtcNow(), earlier);
        var rules = scheme.Rules;
        try
        {
            // Judged and written a batch of tasks at a time: memory stays the same however large the ledger.
            await using var writer = await store.BeginAsync(run, cancellationToken);
            foreach (var batch in (await judge.TaskIdsAsync(null, cancellationToken)).Chunk(BatchSize))
            {
                var judged = await judge.JudgeAsync(first, last, asOf, null, batch, cancellationToken);
                await writer.WriteAsync(ItemsOf(run.Id, judged, rules, first, asOf), cancellationToken);
            }

            await writer.WriteAsync(await IndicatorItemsAsync(run.Id, year, cancellationToken), cancellationToken);
            await writer.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("evaluation.duplicate", Localized.Text($"{year} 年的评估刚被他人同时发起。", $"Someone started the {year} evaluation at the same moment."));
        }

        return await reader.ReadAsync(run, cancellationToken);
    }

    private const int BatchSize = 2000;

    private static List<EvaluationItem> ItemsOf(Guid runId, PartyJudgement judged, SchemeRules rules, DateOnly first, DateOnly asOf)
    {
        var units = judged.Units;
        var items = new List<EvaluationItem>();
        items.AddRange(judged.Milestones.Where(m => m.Outcome != MilestoneOutcome.Open).Select(m => EvaluationItem.Create(
            runId, "milestones", m.Jurisdiction, units[(m.TaskId, m.Jurisdiction)], m.Key, m.ListType, m.Title, m.MilestoneId.ToString(), m.BaselineDueDate,
            rules.WeightOf(m.ListType), EnumText.ToText(m.Outcome))));
        items.AddRange(judged.Reports.Select(r => EvaluationItem.Create(
            runId, "reports", r.Jurisdiction, units[(r.TaskId, r.Jurisdiction)], r.Key, r.ListType, Localized.Text($"{r.Period} 月调度", $"{r.Period} monthly report"), r.Period, r.DueOn,
            rules.WeightOf(r.ListType), r.OnTime switch { true => "on_time", false => "late", null => "missing" })));
        items.AddRange(judged.Notices.Select(n => EvaluationItem.Create(
            runId, "notices", n.Jurisdiction, units[(n.TaskId, n.Jurisdiction)], n.Key, n.ListType, n.Number ?? $"#{n.NoticeId}", n.Number ?? n.NoticeId.ToString(CultureInfo.InvariantCulture),
            n.IssuedOn, rules.WeightOf(n.ListType), n.Acknowledged ? "signed" : "unsigned")));
        if (rules.Asks is not null)
        {
            items.AddRange(judged.Asks.Select(a => (Ask: a, Outcome: AskOutcome(a, first, asOf))).Where(x => x.Outcome is not null).Select(x => EvaluationItem.Create(
                runId, "asks", x.Ask.Jurisdiction, units[(x.Ask.TaskId, x.Ask.Jurisdiction)], x.Ask.Key, x.Ask.ListType, x.Ask.Subject, x.Ask.AskId.ToString(),
                x.Ask.SubmittedOn, rules.WeightOf(x.Ask.ListType), x.Outcome!)));
        }

        return items;
    }

    /// <summary>
    /// An ask as the year saw it, as of the day evaluated up to: won or refused when answered in the year by then; awaiting
    /// (or unanswered, past its follow-up day) when submitted by then and not answered; else not the year's (null). An
    /// acceptance (受理) is still awaiting the answer.
    /// </summary>
    private static string? AskOutcome(JudgedAsk ask, DateOnly first, DateOnly asOf)
    {
        if (ask.SubmittedOn > asOf)
        {
            return null;
        }

        if (ask.AnsweredOn is { } on && (ask.Won || ask.Status == Domain.Asks.AskStatus.Refused))
        {
            // Answered after the day evaluated up to: on that day it still awaited its answer.
            return on > asOf ? "awaiting" : on < first ? null : ask.Won ? "won" : "refused";
        }

        return ask.Awaiting ? (ask.FollowUpOn < asOf ? "unanswered" : "awaiting") : null;
    }

    // The joint programmes' indicators with a target in the year (a city's unshared plan is its own), one item per owning
    // city: a total of the cities is judged on the total, which every owner answers for.
    private async Task<List<EvaluationItem>> IndicatorItemsAsync(Guid runId, int year, CancellationToken cancellationToken)
    {
        var joint = db.Programmes.Where(p => p.OwnerJurisdiction == null || p.SharedWithOffice != null).Select(p => p.Code);
        var indicators = await db.Indicators.IgnoreQueryFilters([VisibilityFilter.Name]).AsNoTracking()
            .Where(i => joint.Contains(i.ProgrammeCode) && i.Targets.Any(t => t.Year == year))
            .Include(i => i.Owners).Include(i => i.Targets).Include(i => i.Actuals)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var period = year.ToString(CultureInfo.InvariantCulture);
        var items = new List<EvaluationItem>();
        foreach (var indicator in indicators)
        {
            var target = indicator.Targets.Single(t => t.Year == year);
            foreach (var owner in indicator.Owners.Select(o => o.JurisdictionCode))
            {
                Attainment attainment;
                if (indicator.SumsCities)
                {
                    var parts = indicator.Actuals.Where(a => a.Period == period && !a.Pending && a.Value is not null).ToList();
                    var complete = indicator.Owners.All(o => parts.Any(a => a.JurisdictionCode == o.JurisdictionCode));
                    attainment = target.Judge(complete ? parts.Sum(a => a.Value!.Value) : null, null, !complete, null);
                }
                else
                {
                    attainment = target.Judge(indicator.Actuals.FirstOrDefault(a => a.Period == period && a.JurisdictionCode == owner));
                }

                if (attainment != Attainment.NotJudged)
                {
                    items.Add(EvaluationItem.Create(
                        runId, "indicators", owner, [], null, null, $"{indicator.Code} {indicator.NameZh}", indicator.Code, null, 1m, EnumText.ToText(attainment)));
                }
            }
        }

        return items;
    }
}

public sealed class ListEvaluationsQueryHandler(IAppDbContext db, EvaluationReader reader) : IRequestHandler<ListEvaluationsQuery, CursorPage<EvaluationDto>>
{
    public async Task<CursorPage<EvaluationDto>> Handle(ListEvaluationsQuery request, CancellationToken cancellationToken)
    {
        // Latest first: by year, then version; the cursor is the last (year, version) shown, as yyyy:v.
        var limit = request.Limit ?? Cursor.DefaultLimit;
        var query = db.EvaluationRuns.AsNoTracking().Where(r => request.Year == null || r.Year == request.Year);
        if (ListEvaluationsQueryValidator.PositionOf(request.Cursor) is var (year, version))
        {
            query = query.Where(r => r.Year < year || (r.Year == year && r.Version < version));
        }

        var runs = await query.OrderByDescending(r => r.Year).ThenByDescending(r => r.Version).Take(limit + 1).ToListAsync(cancellationToken);
        var read = new List<EvaluationDto>();
        foreach (var run in runs.Take(limit))
        {
            read.Add(await reader.ReadAsync(run, cancellationToken));
        }

        return new CursorPage<EvaluationDto>(read, runs.Count > limit ? Cursor.Encode(string.Create(CultureInfo.InvariantCulture, $"{read[^1].Year}:{read[^1].Version}")) : null);
    }
}

public sealed class GetEvaluationQueryHandler(IAppDbContext db, EvaluationReader reader) : IRequestHandler<GetEvaluationQuery, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(GetEvaluationQuery request, CancellationToken cancellationToken) =>
        await reader.ReadAsync(
            await db.EvaluationRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("evaluation", request.Id.ToString()),
            cancellationToken);
}

public sealed class GetBreakdownItemsQueryHandler(EvaluationReader reader) : IRequestHandler<GetBreakdownItemsQuery, BreakdownItemsPage>
{
    public async Task<BreakdownItemsPage> Handle(GetBreakdownItemsQuery request, CancellationToken cancellationToken)
    {
        var (items, next) = await reader.ItemsPageAsync(request.Id, request.Jurisdiction, request.After, request.Take, cancellationToken);
        return new BreakdownItemsPage(items, next);
    }
}

public sealed class GetBreakdownQueryHandler(EvaluationReader reader) : IRequestHandler<GetBreakdownQuery, BreakdownDto>
{
    public Task<BreakdownDto> Handle(GetBreakdownQuery request, CancellationToken cancellationToken) =>
        reader.BreakdownAsync(request, cancellationToken);
}

public sealed class AdjustEvaluationCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, EvaluationReader reader)
    : IRequestHandler<AdjustEvaluationCommand, BreakdownDto>
{
    public async Task<BreakdownDto> Handle(AdjustEvaluationCommand request, CancellationToken cancellationToken)
    {
        var run = await EvaluationChanges.LoadAsync(db, request.Id, request.ExpectedRevision, cancellationToken);
        run.Adjust(request.Jurisdiction!, request.Points!.Value, request.Reason!, request.Evidence!, caller.Name ?? "unknown", time.GetUtcNow());
        await EvaluationChanges.SaveAsync(db, cancellationToken);
        return await reader.BreakdownAsync(run.Id, request.Jurisdiction!, null, cancellationToken);
    }
}

public sealed class AppealItemCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, EvaluationReader reader)
    : IRequestHandler<AppealItemCommand, BreakdownDto>
{
    public async Task<BreakdownDto> Handle(AppealItemCommand request, CancellationToken cancellationToken)
    {
        var run = await EvaluationChanges.LoadAsync(db, request.Id, null, cancellationToken);

        // The item as the caller sees it: another city's is not there to appeal.
        var item = await db.EvaluationRuns.Where(r => r.Id == run.Id).SelectMany(r => r.Items).SingleOrDefaultAsync(i => i.Id == request.ItemId, cancellationToken)
            ?? throw new NotFoundException("item", request.ItemId.ToString()!);
        await db.EvaluationRuns.Where(r => r.Id == run.Id).SelectMany(r => r.Appeals).Where(a => a.ItemId == item.Id).LoadAsync(cancellationToken);
        run.Appeal(item.Id, request.Reason!, caller.Name ?? "unknown", time.GetUtcNow(), ShanghaiClock.Today(time));
        await EvaluationChanges.SaveAsync(db, cancellationToken);
        return await reader.BreakdownAsync(run.Id, item.Jurisdiction, null, cancellationToken);
    }
}

public sealed class AnswerAppealCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, EvaluationReader reader)
    : IRequestHandler<AnswerAppealCommand, BreakdownDto>
{
    public async Task<BreakdownDto> Handle(AnswerAppealCommand request, CancellationToken cancellationToken)
    {
        var run = await EvaluationChanges.LoadAsync(db, request.Id, request.ExpectedRevision, cancellationToken);
        var appeal = await db.EvaluationRuns.Where(r => r.Id == run.Id).SelectMany(r => r.Appeals).SingleOrDefaultAsync(a => a.Id == request.AppealId, cancellationToken)
            ?? throw new NotFoundException("appeal", request.AppealId.ToString());
        await db.EvaluationRuns.Where(r => r.Id == run.Id).SelectMany(r => r.Items).Where(i => i.Id == appeal.ItemId).LoadAsync(cancellationToken);
        run.Answer(appeal.Id, request.Upheld!.Value, request.Outcome, request.Reason!, caller.Name ?? "unknown", time.GetUtcNow());
        await EvaluationChanges.SaveAsync(db, cancellationToken);
        return await reader.BreakdownAsync(run.Id, appeal.Jurisdiction, null, cancellationToken);
    }
}

public sealed class PublishEvaluationCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time, EvaluationReader reader)
    : IRequestHandler<PublishEvaluationCommand, EvaluationDto>
{
    public async Task<EvaluationDto> Handle(PublishEvaluationCommand request, CancellationToken cancellationToken)
    {
        var run = await EvaluationChanges.LoadAsync(db, request.Id, request.ExpectedRevision, cancellationToken);

        // Every city's appeals, whoever publishes.
        await db.EvaluationRuns.IgnoreQueryFilters([VisibilityFilter.Name]).Where(r => r.Id == run.Id).SelectMany(r => r.Appeals).LoadAsync(cancellationToken);
        run.Publish(caller.Name ?? "unknown", time.GetUtcNow(), ShanghaiClock.Today(time));
        await EvaluationChanges.SaveAsync(db, cancellationToken);
        return await reader.ReadAsync(run, cancellationToken);
    }
}

/// <summary>Loading an evaluation to change it, and saving the change against the revision it was read at.</summary>
internal static class EvaluationChanges
{
    public static async Task<EvaluationRun> LoadAsync(IAppDbContext db, Guid id, int? expectedRevision, CancellationToken cancellationToken)
    {
        var run = await db.EvaluationRuns.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("evaluation", id.ToString());
        if (Revisions.Differs(expectedRevision, run.Revision))
        {
            throw Stale();
        }

        return run;
    }

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Stale();
        }
    }

    private static PreconditionFailedException Stale() =>
        new(Localized.Text("评估已被他人修改，请刷新后再提交。", "The evaluation changed since you read it; reload and retry."), required: false);
}
