using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Asks;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Meetings;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// What one SaveChanges does to the programme's steering, as outbox events in the same transaction:
/// evaluation.published (the ranking is every reader's, so the event is too), meeting.decided and ask.changed (about a
/// task, so they reach exactly those who see that task).
/// </summary>
internal static class ProgrammeEvents
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static async Task<List<OutboxEvent>> CollectAsync(ChangeTracker tracker, IQueryable<CoordinatedTask> allTasks, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<OutboxEvent>();
        foreach (var entry in tracker.Entries<EvaluationRun>().Where(e => e.State == EntityState.Modified))
        {
            var status = entry.Property(r => r.Status);
            if (status.IsModified && Equals(status.OriginalValue, EvaluationStatus.Draft) && entry.Entity.Status == EvaluationStatus.Published)
            {
                var run = entry.Entity;
                events.Add(Event(EventTypes.EvaluationPublished, null, new { evaluation_id = run.Id, run.Year, run.Version, run.PublishedAt, run.PublishedBy }, now));
            }
        }

        var meetings = tracker.Entries<Meeting>().ToDictionary(e => e.Entity.Id, e => e.Entity);
        foreach (var decision in tracker.Entries<MeetingDecision>().Where(e => e.State == EntityState.Added).Select(e => e.Entity))
        {
            var taskId = tracker.Entries<CoordinatedTask>().Where(t => t.Entity.Key == decision.TaskKey).Select(t => (Guid?)t.Entity.Id).FirstOrDefault()
                ?? await allTasks.Where(t => t.Key == decision.TaskKey).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new InvalidOperationException($"A decision names task {decision.TaskKey}, which is not in the ledger.");
            meetings.TryGetValue(decision.MeetingId, out var meeting);
            events.Add(Event(EventTypes.MeetingDecided, taskId, new
            {
                meeting_id = decision.MeetingId, programme = meeting?.ProgrammeCode, meeting_title = meeting?.Title, meeting_date = meeting?.Date,
                decision.Position, decision.Text, task_id = taskId, task_key = decision.TaskKey, milestone_id = decision.MilestoneId, due_date = decision.DueDate,
                kind = meeting is null ? null : EnumText.ToText(meeting.Kind),
            }, now));
        }

        foreach (var entry in tracker.Entries<Ask>().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            var ask = entry.Entity;
            var key = tracker.Entries<CoordinatedTask>().Where(t => t.Entity.Id == ask.TaskId).Select(t => t.Entity.Key).FirstOrDefault()
                ?? await allTasks.Where(t => t.Id == ask.TaskId).Select(t => t.Key).SingleAsync(cancellationToken);
            events.Add(Event(EventTypes.AskChanged, ask.TaskId, new
            {
                ask_id = ask.Id, task_id = ask.TaskId, task_key = key, kind = EnumText.ToText(ask.Kind), ask.Subject, status = EnumText.ToText(ask.Status),
                ask.Addressees, ask.Submitters, ask.SubmittedOn, ask.AnsweredOn, ask.AnswerDocument, ask.FollowUpOn, ask.Revision,
            }, now));
        }

        return events;
    }

    private static OutboxEvent Event(string type, Guid? taskId, object payload, DateTimeOffset now) =>
        OutboxEvent.Create(type, taskId, JsonSerializer.Serialize(payload, Json), now);
}
