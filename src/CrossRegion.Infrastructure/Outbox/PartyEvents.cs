using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// What a party does on a task, as outbox events in the same transaction: report.submitted, milestone.signed_off (one
/// party's part, confirmed or waived), extension.requested, and notice.acknowledged (to whoever may read the notice).
/// </summary>
internal static class PartyEvents
{
    public static async Task<List<OutboxEvent>> CollectAsync(ChangeTracker tracker, IQueryable<CoordinatedTask> allTasks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<OutboxEvent>();
        foreach (var report in tracker.Entries<ProgressReport>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            var key = await ProgrammeEvents.TaskKeyAsync(tracker, allTasks, report.TaskId, cancellationToken);
            events.Add(Event(EventTypes.ReportSubmitted, report.TaskId, new ReportSubmittedData(
                report.Id, report.TaskId, key, report.JurisdictionCode, report.Period, report.Revision, EnumText.ToText(report.Status),
                report.ProgressPercent, report.IssueId, report.SubmittedBy, report.SubmittedAt), now));
        }

        foreach (var entry in tracker.Entries<MilestoneSignOff>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var signOff = entry.Entity;
            var status = entry.Property(s => s.Status);
            var moved = entry.State == EntityState.Added || (status.IsModified && !Equals(status.OriginalValue, status.CurrentValue));
            if (!moved || signOff.Status is not (SignOffStatus.Confirmed or SignOffStatus.Waived)
                || tracker.Entries<Milestone>().FirstOrDefault(m => m.Entity.Id == signOff.MilestoneId)?.Entity is not { } milestone)
            {
                continue;
            }

            var key = await ProgrammeEvents.TaskKeyAsync(tracker, allTasks, milestone.TaskId, cancellationToken);
            events.Add(Event(EventTypes.MilestoneSignedOff, milestone.TaskId, new MilestoneSignedOffData(
                milestone.TaskId, key, milestone.Id, milestone.Title, signOff.JurisdictionCode, EnumText.ToText(signOff.Status), signOff.By, signOff.At,
                EnumText.ToText(milestone.Status)), now));
        }

        foreach (var request in tracker.Entries<ExtensionRequest>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            if (tracker.Entries<Milestone>().FirstOrDefault(m => m.Entity.Id == request.MilestoneId)?.Entity is { } milestone)
            {
                var key = await ProgrammeEvents.TaskKeyAsync(tracker, allTasks, milestone.TaskId, cancellationToken);
                events.Add(Event(EventTypes.ExtensionRequested, milestone.TaskId, new ExtensionRequestedData(
                    milestone.TaskId, key, request.Id, milestone.Id, request.JurisdictionCode, request.RequestedDueDate, milestone.DueDate, request.Reason), now));
            }
        }

        foreach (var entry in tracker.Entries<Notice>().Where(e => e.State == EntityState.Modified))
        {
            var notice = entry.Entity;
            var acknowledged = entry.Property(n => n.AcknowledgedAt);
            if (notice.AcknowledgedAt is { } at && acknowledged.IsModified && acknowledged.OriginalValue is null)
            {
                var key = await ProgrammeEvents.TaskKeyAsync(tracker, allTasks, notice.TaskId, cancellationToken);
                events.Add(OutboxEvent.ForNotice(EventTypes.NoticeAcknowledged, notice.TaskId, notice.Id, JsonSerializer.Serialize(new NoticeAcknowledgedData(
                    notice.Id, notice.Number, notice.TaskId, key, EnumText.ToText(notice.Subject), notice.JurisdictionCode, notice.AcknowledgedBy ?? string.Empty, at,
                    notice.AcknowledgementReason, notice.ExpectedOn), EventPayloads.Json), now));
            }
        }

        return events;
    }

    private static OutboxEvent Event<T>(string type, Guid taskId, T payload, DateTimeOffset now) =>
        OutboxEvent.Create(type, taskId, JsonSerializer.Serialize(payload, EventPayloads.Json), now);
}
