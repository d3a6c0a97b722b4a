using System.ComponentModel;
using CrossRegion.Domain.Integration;

namespace CrossRegion.Application.Inbound;

/// <summary>Work handed down from above, as its sender follows it.</summary>
/// <param name="ExternalId">The sender's own id for the item.</param>
/// <param name="State">received (a draft task awaiting the joint office), accepted (on the ledger) or rejected (with a reason).</param>
/// <param name="TaskKey">The draft task it became; on the ledger under this key once accepted.</param>
/// <param name="Reason">Why the joint office rejected it.</param>
/// <param name="Revision">Bumped by every change of state.</param>
[Description("An item a provincial or municipal body's system handed down (承接上级 / 上级下达) and where it stands.")]
public sealed record InboundAssignmentDto(
    string ExternalId,
    string State,
    string TaskKey,
    string TitleZh,
    string IssuedBy,
    string? SourceDocument,
    DateOnly DueDate,
    string? Reason,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? DecidedAt,
    int Revision)
{
    public static InboundAssignmentDto From(InboundAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new InboundAssignmentDto(
            assignment.ExternalId, Common.Text.EnumText.ToText(assignment.State), assignment.TaskKey, assignment.TitleZh, assignment.IssuedBy,
            assignment.SourceDocument, assignment.DueDate, assignment.Reason, assignment.ReceivedAt, assignment.DecidedAt, assignment.Revision);
    }
}
