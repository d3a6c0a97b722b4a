using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Tasks.CreateTask;
using MediatR;

namespace CrossRegion.Application.Inbound;

/// <summary>
/// A provincial or municipal body's system hands an item down (ADR 0028): it lands as a draft task with the requested
/// parties and one milestone on the due date, which the joint office accepts or rejects. Idempotent on the sending
/// client and <paramref name="ExternalId"/>: the same body again answers the assignment as it stands, another body
/// under the same id is refused (409 <c>assignment.duplicate</c>). Machine clients with <c>assignments.write</c> only.
/// </summary>
/// <param name="ExternalId">The sender's own id for the item: 1–64 of letters, digits and <c>. _ - : /</c>.</param>
/// <param name="IssuedBy">The body that assigns it, e.g. 四川省发展和改革委员会.</param>
/// <param name="SourceDocument">文号 of the assigning document.</param>
/// <param name="Programme">The programme it belongs to (GET /api/v1/programmes).</param>
/// <param name="Category">Its category (GET /api/v1/categories).</param>
/// <param name="ListType">The list it goes on (GET /api/v1/list-types); joint_key_task when absent.</param>
/// <param name="TitleEn">The English working title; the Chinese title when absent.</param>
/// <param name="Content">What is to be done (主要内容).</param>
/// <param name="Parties">The cities it is put to, with their roles (and units, when the sender knows them).</param>
/// <param name="DueDate">When it is to be done: the draft's one milestone falls due then.</param>
[Authorize(Scope = ScopeNames.AssignmentsWrite)]
public sealed record ReceiveAssignmentCommand(
    string? ExternalId,
    string? IssuedBy,
    string? SourceDocument,
    string? Programme,
    string? Category,
    string? ListType,
    string? TitleZh,
    string? TitleEn,
    string? Content,
    IReadOnlyList<PartyInput>? Parties,
    DateOnly? DueDate) : IRequest<ReceivedAssignment>;

/// <summary>The assignment and whether this submission created it (201) or found it (200).</summary>
public sealed record ReceivedAssignment(InboundAssignmentDto Assignment, bool Created);

/// <summary>An assignment the calling client sent, by its external id; 404 for any other client's.</summary>
[Authorize(Scope = ScopeNames.AssignmentsWrite)]
public sealed record GetAssignmentQuery(string ExternalId) : IRequest<InboundAssignmentDto>;
