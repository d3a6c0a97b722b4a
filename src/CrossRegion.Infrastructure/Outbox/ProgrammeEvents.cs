using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Issues;
using CrossRegion.Domain.Meetings;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.TaskForces;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// What one SaveChanges does to the programme's steering, as outbox events in the same transaction:
/// evaluation.published (the ranking is every reader's, so the event is too), meeting.decided and ask.changed (about a
/// task, so they reach exactly those who see that task), issue.changed (likewise), task_force.changed (to those who
/// read the task force).
/// </summary>
internal static class ProgrammeEvents
{
    private static readonly JsonSerializerOptions Json = EventPayloads.Json;

    private static readonly string[] TaskForcesChanged = ["task_forces"];

    public static async Task<List<OutboxEvent>> CollectAsync(ChangeTracker tracker, IQueryable<CoordinatedTask> allTasks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<OutboxEvent>();
        foreach (var entry in tracker.Entries<EvaluationRun>().Where(e => e.State == EntityState.Modified))
        {
            var status = entry.Property(r => r.Status);
            if (status.IsModified && Equals(status.OriginalValue, EvaluationStatus.Draft) && entry.Entity.Status == EvaluationStatus.Published)
            {
                var run = entry.Entity;
                events.Add(Event(EventTypes.EvaluationPublished, null, new EvaluationPublishedData(run.Id, run.Year, run.Version, run.PublishedAt, run.PublishedBy), now));
            }
        }

        var meetings = tracker.Entries<Meeting>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var decision in tracker.Entries<MeetingDecision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            var taskId = tracker.Entries<CoordinatedTask>().Where(t => t.Entity.Key == decision.TaskKey).Select(t => (Guid?)t.Entity.Id).FirstOrDefault()
                ?? await allTasks.Where(t => t.Key == decision.TaskKey).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"A decision names task {decision.TaskKey}, which is not in the ledger.");
            meetings.TryGetValue(decision.MeetingId, out var meeting);
            events.Add(Event(EventTypes.MeetingDecided, taskId, new MeetingDecidedData(
                decision.MeetingId, meeting?.ProgrammeCode, meeting?.Title, meeting?.Date, decision.Position, decision.Text, taskId, decision.TaskKey,
                decision.MilestoneId, decision.DueDate, meeting is null ? null : EnumText.ToText(meeting.Kind)), now));
        }

        foreach (var entry in tracker.Entries<Ask>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var ask = entry.Entity;
            var key = await TaskKeyAsync(tracker, allTasks, ask.TaskId, cancellationToken);
            events.Add(Event(EventTypes.AskChanged, ask.TaskId, new AskChangedData(
                ask.Id, ask.TaskId, key, EnumText.ToText(ask.Kind), ask.Subject, EnumText.ToText(ask.Status),
                ask.Addressees, ask.Submitters, ask.SubmittedOn, ask.AnsweredOn, ask.AnswerDocument, ask.FollowUpOn, ask.Revision), now));
        }

        foreach (var entry in tracker.Entries<TaskIssue>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var issue = entry.Entity;
            var key = await TaskKeyAsync(tracker, allTasks, issue.TaskId, cancellationToken);
            events.Add(Event(EventTypes.IssueChanged, issue.TaskId, new IssueChangedData(
                issue.Id, issue.TaskId, key, issue.RaisedBy, issue.Subject, EnumText.ToText(issue.Status), EnumText.ToText(issue.AddresseeKind), issue.AddresseeCode,
                issue.ReplyBy, issue.AnsweredOn, issue.ClosedOn, issue.Revision,
                issue.FactorKind is { } factor ? EnumText.ToText(factor) : null, issue.FactorOutcome is { } outcome ? EnumText.ToText(outcome) : null), now));
        }

        events.AddRange(await TaskForceEventsAsync(tracker, allTasks, now, cancellationToken));
        return events;
    }

    /// <summary>
    /// task_force.changed for a task force formed or changed (a task given or taken off moves its revision too), to its
    /// programme's readers and naming no task; and task.changed for each task given or taken off, to the task's readers.
    /// </summary>
    private static async Task<List<OutboxEvent>> TaskForceEventsAsync(
        ChangeTracker tracker, IQueryable<CoordinatedTask> allTasks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<OutboxEvent>();
        var forces = tracker.Entries<TaskForce>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var entry in tracker.Entries<TaskForce>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var force = entry.Entity;
            events.Add(OutboxEvent.ForTaskForce(EventTypes.TaskForceChanged, force.Id, JsonSerializer.Serialize(new TaskForceChangedData(
                force.Id, force.Code, force.ProgrammeCode, force.CategoryCode, force.NameZh, force.NameEn, force.Revision,
                entry.State == EntityState.Added ? "formed" : "changed"), Json), now));
        }

        foreach (var entry in tracker.Entries<TaskForceTask>().Where(e => e.State is EntityState.Added or EntityState.Deleted))
        {
            var link = entry.Entity;
            var task = await allTasks.AsNoTracking().Where(t => t.Id == link.TaskId)
                .Select(t => new { t.Key, t.Version, t.Status, t.TitleZh, t.TitleEn }).SingleAsync(cancellationToken);
            forces.TryGetValue(link.TaskForceId, out var force);
            events.Add(Event(EventTypes.TaskChanged, link.TaskId, new TaskEventData(
                link.TaskId, task.Key, task.Version, EnumText.ToText(task.Status), task.TitleZh, task.TitleEn,
                TaskForcesChanged, force?.Code, entry.State == EntityState.Added ? "assigned" : "released"), now));
        }

        return events;
    }

    /// <summary>The key of a task the same SaveChanges tracks, or else as stored.</summary>
    internal static async Task<string> TaskKeyAsync(ChangeTracker tracker, IQueryable<CoordinatedTask> allTasks, Guid taskId, CancellationToken cancellationToken) =>
        tracker.Entries<CoordinatedTask>().Where(t => t.Entity.Id == taskId).Select(t => t.Entity.Key).FirstOrDefault()
        ?? await allTasks.Where(t => t.Id == taskId).Select(t => t.Key).SingleAsync(cancellationToken);

    private static OutboxEvent Event<T>(string type, Guid? taskId, T payload, DateTimeOffset now) =>
        OutboxEvent.Create(type, taskId, JsonSerializer.Serialize(payload, Json), now);
}
