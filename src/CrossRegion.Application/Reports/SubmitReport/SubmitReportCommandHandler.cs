using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Reporting;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Reports.SubmitReport;

/// <summary>
/// Reports do not change the task (its version and ETag stay), so a report never collides with a sign-off or an
/// edit. Two submissions for the same party and month at once: the unique revision key takes one and the other
/// is told to reload (409); nothing is half-written.
/// </summary>
public sealed class SubmitReportCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<SubmitReportCommand, Guid>
{
    public async Task<Guid> Handle(SubmitReportCommand request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks
            .Include(t => t.Parties).ThenInclude(p => p.Departments)
            .Include(t => t.Targets).ThenInclude(t => t.Measures)
            .AsSplitQuery()
            .SingleOrDefaultAsync(t => t.Key == request.Key, cancellationToken)
            ?? throw new NotFoundException("task", request.Key);
        var party = PartyActor.ResponsibleParty(caller, task);

        if (request.IssueId is { } issueId && !await db.Issues.AnyAsync(
                i => i.Id == issueId && i.TaskId == task.Id && (i.Status == IssueStatus.Open || i.Status == IssueStatus.Answered), cancellationToken))
        {
            throw new DomainRuleException("report.issue", Localized.Text(
                "关联的协调问题不属于该任务，或已销号、撤回。", "The issue named is not one of the task's, or it is closed or withdrawn."));
        }

        var today = ShanghaiClock.Today(time);
        var period = ReportPeriod.Validate(request.Period, today);
        var earlier = await db.ProgressReports
            .Where(r => r.TaskId == task.Id && r.JurisdictionCode == party && (r.Period == period || r.IsCurrent))
            .ToListAsync(cancellationToken);
        var revision = earlier.Where(r => r.Period == period).Select(r => r.Revision).DefaultIfEmpty(0).Max() + 1;

        var report = ProgressReport.Submit(
            task,
            party,
            new ReportContent(
                period,
                request.Narrative!,
                request.ProgressPercent,
                EnumText.TryParse<ReportStatus>(request.Status, out var status) ? status : ReportStatus.OnTrack,
                request.StatusReason,
                (request.Values ?? []).Select(v => new ReportValueSpec(v.MeasureId!.Value, v.Value!.Value, v.Unit!)).ToList(),
                request.IssueId),
            revision,
            earlier.SingleOrDefault(r => r.IsCurrent),
            caller.Name ?? "unknown",
            time.GetUtcNow(),
            today);
        db.ProgressReports.Add(report);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new DomainRuleException("report.duplicate", Localized.Text(
                $"{party} 的 {period} 月调度刚被他人同时报送，请刷新后再提交。",
                $"Another report of {party} for {period} was submitted at the same moment; reload and resubmit."));
        }

        return report.Id;
    }
}
