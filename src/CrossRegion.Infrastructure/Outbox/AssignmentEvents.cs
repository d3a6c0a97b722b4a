using System.Text.Json;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Outbox;

/// <summary>
/// Work handed down from above (ADR 0028), as outbox events in the same transaction: assignment.received when it lands,
/// assignment.accepted or assignment.rejected when the joint office decides its draft task.
/// </summary>
internal static class AssignmentEvents
{
    public static List<OutboxEvent> Collect(ChangeTracker tracker, DateTimeOffset now)
    {
        var events = new List<OutboxEvent>();
        foreach (var entry in tracker.Entries<InboundAssignment>())
        {
            var assignment = entry.Entity;
            var state = entry.Property(a => a.State);
            var type = entry.State switch
            {
                EntityState.Added => EventTypes.AssignmentReceived,
                EntityState.Modified when state.IsModified && !Equals(state.OriginalValue, state.CurrentValue) =>
                    assignment.State == InboundAssignmentState.Accepted ? EventTypes.AssignmentAccepted : EventTypes.AssignmentRejected,
                _ => null,
            };
            if (type is not null)
            {
                events.Add(OutboxEvent.ForAssignment(type, assignment.Id, JsonSerializer.Serialize(new AssignmentEventData(
                    assignment.ExternalId, assignment.ClientId, EnumText.ToText(assignment.State), assignment.TaskId, assignment.TaskKey, assignment.TitleZh,
                    assignment.DueDate, assignment.Reason, assignment.ReceivedAt, assignment.DecidedAt, assignment.Revision), EventPayloads.Json), now));
            }
        }

        return events;
    }
}
