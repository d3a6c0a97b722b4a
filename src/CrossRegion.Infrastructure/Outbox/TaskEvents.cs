using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// Reads what one SaveChanges does to tasks and writes it as outbox events in the same transaction: task.created,
/// task.changed, task.closed, milestone.done, extension.decided. Payloads are snake_case JSON, as on the API.
/// </summary>
internal static class TaskEvents
{
    private static readonly JsonSerializerOptions Json = EventPayloads.Json;

    public static List<OutboxEvent> Collect(ChangeTracker tracker, DateTimeOffset now)
    {
        var events = new List<OutboxEvent>();
        var tasks = tracker.Entries<CoordinatedTask>().ToDictionary(e => e.Entity.Id);
        foreach (var entry in tasks.Values.Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var task = entry.Entity;
            var status = entry.Property(t => t.Status);
            var type = entry.State == EntityState.Added ? (task.Status == CoordinatedTaskStatus.Draft ? EventTypes.TaskProposed : EventTypes.TaskCreated)
                : status.IsModified && task.Status == CoordinatedTaskStatus.Closed && !Equals(status.OriginalValue, status.CurrentValue) ? EventTypes.TaskClosed
                : EventTypes.TaskChanged;
            var changed = entry.State == EntityState.Added ? [] : entry.Properties.Where(p => p.IsModified).Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Metadata.Name))
                .Concat(ChangedParts(tracker, task.Id)).ToList();
            events.Add(Event(type, task, new TaskEventData(task.Id, task.Key, task.Version, EnumText.ToText(task.Status), task.TitleZh, task.TitleEn, changed), now));
        }

        foreach (var entry in tracker.Entries<Milestone>().Where(e => e.State == EntityState.Modified))
        {
            var status = entry.Property(m => m.Status);
            if (entry.Entity.Status == MilestoneStatus.Done && status.IsModified && !Equals(status.OriginalValue, status.CurrentValue)
                && tasks.TryGetValue(entry.Entity.TaskId, out var task))
            {
                var m = entry.Entity;
                events.Add(Event(EventTypes.MilestoneDone, task.Entity, new MilestoneDoneData(
                    m.TaskId, task.Entity.Key, m.Id, m.Title, m.DueDate, m.BaselineDueDate, m.CompletedOn,
                    EnumText.ToText(Milestone.OutcomeOf(m.Status, m.BaselineDueDate, m.DueDate, m.CompletedOn, m.CompletedOn ?? m.DueDate))), now));
            }
        }

        foreach (var entry in tracker.Entries<ExtensionRequest>().Where(e => e.State == EntityState.Modified))
        {
            var status = entry.Property(x => x.Status);
            if (status.IsModified && Equals(status.OriginalValue, ExtensionStatus.Pending) && entry.Entity.Status != ExtensionStatus.Pending)
            {
                var request = entry.Entity;
                var milestone = tracker.Entries<Milestone>().FirstOrDefault(m => m.Entity.Id == request.MilestoneId)?.Entity;
                if (milestone is not null && tasks.TryGetValue(milestone.TaskId, out var task))
                {
                    events.Add(Event(EventTypes.ExtensionDecided, task.Entity, new ExtensionDecidedData(
                        task.Entity.Id, task.Entity.Key, request.Id, milestone.Id, request.JurisdictionCode, EnumText.ToText(request.Status),
                        request.RequestedDueDate, milestone.DueDate, request.DecisionReason), now));
                }
            }
        }

        return events;
    }

    /// <summary>The task's own parts that changed without a column of the task changing: its 前期 checklist, its shared costs.</summary>
    private static IEnumerable<string> ChangedParts(ChangeTracker tracker, Guid taskId)
    {
        if (tracker.Entries<PreparationItem>().Any(e => e.Entity.TaskId == taskId && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            yield return "preparation";
        }

        if (tracker.Entries<CostSpend>().Any(e => e.Entity.TaskId == taskId && e.State == EntityState.Added)
            || tracker.Entries<Party>().Any(e => e.Entity.TaskId == taskId && e.State == EntityState.Modified && e.Property(p => p.Pledged).IsModified))
        {
            yield return "cost_shares";
        }
    }

    private static OutboxEvent Event<T>(string type, CoordinatedTask task, T payload, DateTimeOffset now) =>
        OutboxEvent.Create(type, task.Id, JsonSerializer.Serialize(payload, Json), now);
}
