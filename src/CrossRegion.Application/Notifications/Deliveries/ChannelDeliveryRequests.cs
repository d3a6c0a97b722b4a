using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Notifications.Common;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Identity;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Notifications.Deliveries;

/// <summary>One channel delivery as administrators follow it up: which notice, to whom, how it stands.</summary>
/// <param name="Notice">The notice's id (GET /api/v1/notices/{id}).</param>
/// <param name="NoticeNumber">The 催办单's number, null for a reminder.</param>
/// <param name="Recipient">The person's name, or the robot's.</param>
/// <param name="LastError">Why the last attempt failed (the server's or gateway's answer).</param>
public sealed record ChannelDeliveryRowDto(
    long Id, long Notice, string? NoticeNumber, string TaskKey, string Jurisdiction, NotificationChannel Channel, string Recipient,
    ChannelDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset? NextAttemptAt, string? LastError);

/// <summary>
/// The channel deliveries of the notices the caller reads, newest first; <c>status=dead_lettered</c> lists those given
/// up, to send again once the mail server, gateway or robot is mended (system and joint-office administrators).
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record ListChannelDeliveriesQuery(string? Status = null, string? Channel = null, int? Limit = null, string? Cursor = null)
    : IRequest<CursorPage<ChannelDeliveryRowDto>>;

/// <summary>Sends a dead-lettered delivery again from its first attempt (the dispatcher takes it on its next round).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record ResendChannelDeliveryCommand(long Id) : IRequest<ChannelDeliveryRowDto>;

/// <summary>
/// Sends every dead-lettered delivery again (of one channel, or all), after an outage of the mail server, the gateway or
/// a robot: as many as were given up, of the notices the caller reads.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record ResendChannelDeliveriesCommand(string? Channel = null) : IRequest<ResentDeliveriesDto>;

/// <param name="Resent">How many deliveries were sent again.</param>
public sealed record ResentDeliveriesDto(int Resent);

public sealed class ResendChannelDeliveriesCommandValidator : AbstractValidator<ResendChannelDeliveriesCommand>
{
    public ResendChannelDeliveriesCommandValidator() => RuleFor(c => c.Channel).OneOf<ResendChannelDeliveriesCommand, NotificationChannel>();
}

public sealed class ListChannelDeliveriesQueryValidator : AbstractValidator<ListChannelDeliveriesQuery>
{
    public ListChannelDeliveriesQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor(key => long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        RuleFor(q => q.Status).OneOf<ListChannelDeliveriesQuery, ChannelDeliveryStatus>();
        RuleFor(q => q.Channel).OneOf<ListChannelDeliveriesQuery, NotificationChannel>();
    }
}

public sealed class ChannelDeliveryHandlers(IAppDbContext db, ICurrentUser caller, TimeProvider time)
    : IRequestHandler<ListChannelDeliveriesQuery, CursorPage<ChannelDeliveryRowDto>>, IRequestHandler<ResendChannelDeliveryCommand, ChannelDeliveryRowDto>,
      IRequestHandler<ResendChannelDeliveriesCommand, ResentDeliveriesDto>
{
    private const int Batch = 500;

    public async Task<CursorPage<ChannelDeliveryRowDto>> Handle(ListChannelDeliveriesQuery request, CancellationToken cancellationToken)
    {
        var deliveries = db.ChannelDeliveries.AsNoTracking();
        if (EnumText.TryParse<ChannelDeliveryStatus>(request.Status, out var status))
        {
            deliveries = deliveries.Where(d => d.Status == status);
        }

        if (EnumText.TryParse<NotificationChannel>(request.Channel, out var channel))
        {
            deliveries = deliveries.Where(d => d.Channel == channel);
        }

        if (Cursor.TryDecode(request.Cursor, out var key) && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var after))
        {
            deliveries = deliveries.Where(d => d.Id < after);
        }

        var limit = request.Limit ?? Cursor.DefaultLimit;
        var page = (await ReadableAsync(deliveries, cancellationToken)).OrderByDescending(d => d.Id).Take(limit + 1);
        var rows = (await Rows(page).ToListAsync(cancellationToken)).OrderByDescending(d => d.Id).ToList();
        return CursorPage.Of(rows, limit, d => d.Id.ToString(CultureInfo.InvariantCulture));
    }

    public async Task<ChannelDeliveryRowDto> Handle(ResendChannelDeliveryCommand request, CancellationToken cancellationToken)
    {
        var delivery = await (await ReadableAsync(db.ChannelDeliveries, cancellationToken)).SingleOrDefaultAsync(d => d.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("delivery", request.Id.ToString(CultureInfo.InvariantCulture));
        delivery.Resend(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await Rows(db.ChannelDeliveries.AsNoTracking().Where(d => d.Id == request.Id)).SingleAsync(cancellationToken);
    }

    public async Task<ResentDeliveriesDto> Handle(ResendChannelDeliveriesCommand request, CancellationToken cancellationToken)
    {
        var dead = (await ReadableAsync(db.ChannelDeliveries, cancellationToken)).Where(d => d.Status == ChannelDeliveryStatus.DeadLettered);
        if (EnumText.TryParse<NotificationChannel>(request.Channel, out var channel))
        {
            dead = dead.Where(d => d.Channel == channel);
        }

        // In batches, each saved on its own: a resent delivery is pending, so the next batch reads the ones left.
        var resent = 0;
        while (await dead.OrderBy(d => d.Id).Take(Batch).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            var now = time.GetUtcNow();
            batch.ForEach(d => d.Resend(now));
            await db.SaveChangesAsync(cancellationToken);
            resent += batch.Count;
        }

        return new ResentDeliveriesDto(resent);
    }

    // Only the deliveries of notices the caller may read; any other is answered as one that does not exist.
    private async Task<IQueryable<ChannelDelivery>> ReadableAsync(IQueryable<ChannelDelivery> deliveries, CancellationToken cancellationToken)
    {
        var notices = db.Notices.Where(await NoticeAudience.ReadableAsync(caller, db, cancellationToken));
        return deliveries.Where(d => notices.Any(n => n.Id == d.NoticeId));
    }

    // The task's key through the visibility filter, as every read of a task.
    private IQueryable<ChannelDeliveryRowDto> Rows(IQueryable<ChannelDelivery> deliveries) =>
        from d in deliveries
        join n in db.Notices.AsNoTracking() on d.NoticeId equals n.Id
        join t in db.Tasks.AsNoTracking() on n.TaskId equals t.Id
        select new ChannelDeliveryRowDto(
            d.Id, n.Id, n.Number, t.Key, n.JurisdictionCode, d.Channel, d.RecipientName, d.Status, d.Attempts, d.CreatedAt, d.SentAt,
            d.Status == ChannelDeliveryStatus.Pending ? d.NextAttemptAt : null, d.LastError);
}
