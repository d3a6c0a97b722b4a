using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Common.Time;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Domain.Common;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Tasks;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Inbound;

/// <summary>
/// Lands an assignment as a draft task under the programme's next free key for this year (<c>WDK-2026-08</c>), with the
/// requested parties and one milestone on the due date owned by all of them, and records it in the same transaction.
/// </summary>
public sealed class ReceiveAssignmentCommandHandler(IAppDbContext db, ICurrentUser caller, TimeProvider time) : IRequestHandler<ReceiveAssignmentCommand, ReceivedAssignment>
{
    private static readonly JsonSerializerOptions Normalised = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<ReceivedAssignment> Handle(ReceiveAssignmentCommand request, CancellationToken cancellationToken)
    {
        var clientId = InboundClients.Sender(caller);
        var body = JsonSerializer.Serialize(request, Normalised);
        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        var existing = await db.InboundAssignments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ClientId == clientId && a.ExternalId == request.ExternalId, cancellationToken);
        if (existing is not null)
        {
            return existing.BodyDigest == digest
                ? new ReceivedAssignment(InboundAssignmentDto.From(existing), Created: false)
                : throw new DomainRuleException("assignment.duplicate", Localized.Text(
                    $"外部编号“{request.ExternalId}”已用于另一份内容；同一事项请原样重发，新事项请用新编号。",
                    $"The external id '{request.ExternalId}' was sent with another body; resend an item unchanged, or give a new item a new id."));
        }

        var now = time.GetUtcNow();
        var today = ShanghaiClock.DayOf(now);
        var due = request.DueDate!.Value;
        if (due < today)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("due_date", Localized.Text("完成时限不能早于今天。", "The due date cannot be in the past."))]);
        }

        var key = await TaskKeys.NextAsync(db, $"{request.Programme}-{today.Year}-", cancellationToken);
        var remarks = Localized.Text($"承接{request.IssuedBy}下达任务（{request.ExternalId}）", $"Assigned by {request.IssuedBy} ({request.ExternalId})");
        var period = today.Year == due.Year ? $"{due.Year}年" : $"{today.Year}—{due.Year}年";
        var proposal = new CreateTaskCommand(
            key, request.ListType ?? ListTypeCodes.JointKeyTask, request.Programme, request.Category, request.TitleZh, request.TitleEn ?? request.TitleZh, null,
            new PeriodInput(period, today.Year, due.Year), request.Content, null, null, remarks, request.Parties, null, null);
        var references = await CreateTaskReferences.LoadAsync(db, proposal, cancellationToken);
        var problems = references.Problems(proposal);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems);
        }

        var task = CoordinatedTask.Assign(
            new TaskDefinition(
                key, proposal.ListType!, request.Programme!, request.Category!, request.TitleZh!, proposal.TitleEn!, period, today.Year, due.Year,
                request.Content!, null, request.SourceDocument, null, remarks),
            request.Parties!.Select(p => new PartySpec(
                p.Jurisdiction!, EnumText.Parse<PartyRole>(p.Role!), p.Share, (p.Departments ?? []).Select(code => references.Departments[code]).ToList())),
            clientId,
            now);
        task.AddMilestone(new MilestoneSpec("完成上级下达任务", "Assignment completed", due, DatePrecision.Day, []));
        var assignment = InboundAssignment.Receive(
            clientId, request.ExternalId!, request.IssuedBy!, request.SourceDocument, request.TitleZh!, due, body, digest, task.Id, task.Key, now);
        db.Tasks.Add(task);
        db.InboundAssignments.Add(assignment);
        await db.SaveChangesAsync(cancellationToken);
        return new ReceivedAssignment(InboundAssignmentDto.From(assignment), Created: true);
    }
}

public sealed class GetAssignmentQueryHandler(IAppDbContext db, ICurrentUser caller) : IRequestHandler<GetAssignmentQuery, InboundAssignmentDto>
{
    public async Task<InboundAssignmentDto> Handle(GetAssignmentQuery request, CancellationToken cancellationToken)
    {
        var clientId = InboundClients.Sender(caller);
        var assignment = await db.InboundAssignments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.ClientId == clientId && a.ExternalId == request.ExternalId, cancellationToken)
            ?? throw new NotFoundException("assignment", request.ExternalId);
        return InboundAssignmentDto.From(assignment);
    }
}

internal static class InboundClients
{
    /// <summary>Work is handed down by a higher level's system, never by a person: the calling machine client.</summary>
    public static string Sender(ICurrentUser caller) =>
        caller.Kind == CallerKind.Client && caller.Name is { } clientId
            ? clientId
            : throw new ForbiddenAccessException(Localized.Text("上级下达事项只能由上级系统（机器客户端）提交和查询。", "Assignments are sent and followed by a higher level's system (a machine client) only."));
}
