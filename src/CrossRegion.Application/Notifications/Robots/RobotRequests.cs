using System.Text;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Webhooks.Common;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Application.Notifications.Robots;

/// <summary>A group robot as administrators see it (never its secret).</summary>
/// <param name="Kind">ding_talk or we_com.</param>
/// <param name="Scope">The city (WZ) or unit (DZ-TRANSPORT) whose notices it posts.</param>
/// <param name="SignsMessages">Whether 钉钉 messages are signed with a secret.</param>
/// <param name="LastPostedAt">When it last posted (at most once a minute, every notice due for it in one message).</param>
public sealed record ChannelRobotDto(
    Guid Id, NotificationChannel Kind, string Name, string Scope, string Url, bool SignsMessages, bool Active, DateTimeOffset CreatedAt, DateTimeOffset? LastPostedAt);

/// <summary>
/// Registers a 钉钉 or 企业微信 custom robot that posts the notices of a city or a unit to its group (system and
/// joint-office administrators). The URL must be the platform's robot address (or an internal gateway the operator
/// allows), under the webhooks' address rules; a 钉钉 secret (SEC…) makes messages signed.
/// </summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record CreateChannelRobotCommand(string? Kind, string? Name, string? Scope, string? Url, string? Secret) : IRequest<ChannelRobotDto>;

[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record ListChannelRobotsQuery : IRequest<IReadOnlyList<ChannelRobotDto>>;

/// <summary>Stops a robot (its past deliveries stay listed on the notices).</summary>
[Authorize(Roles = UserRoles.SystemAdministrator | UserRoles.JointOfficeAdministrator)]
public sealed record DeactivateChannelRobotCommand(Guid Id) : IRequest<ChannelRobotDto>;

public sealed class CreateChannelRobotCommandValidator : AbstractValidator<CreateChannelRobotCommand>
{
    private static readonly Dictionary<string, string> Hosts = new(StringComparer.Ordinal)
    {
        ["ding_talk"] = "oapi.dingtalk.com",
        ["we_com"] = "qyapi.weixin.qq.com",
    };

    public CreateChannelRobotCommandValidator(IOptions<WebhookOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var targets = new WebhookTargets(options.Value);
        RuleFor(c => c.Kind).NotEmpty().Must(k => k is "ding_talk" or "we_com")
            .WithMessage(_ => Localized.Text("取值须为 ding_talk 或 we_com。", "Must be ding_talk or we_com."));
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Scope).NotEmpty().MaximumLength(32);
        RuleFor(c => c.Url).NotEmpty().MaximumLength(500).Custom((url, context) =>
        {
            var command = context.InstanceToValidate;
            if (targets.Refusal(url!) is { } refusal)
            {
                context.AddFailure(refusal);
            }
            else if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && command.Kind is { } kind && Hosts.TryGetValue(kind, out var host)
                     && uri.Host != host && !targets.IsAllowedInternal(uri))
            {
                context.AddFailure(Localized.Text($"机器人地址须为 https://{host}/…。", $"The robot's address is https://{host}/…."));
            }
        });
        RuleFor(c => c.Secret).Must(s => s is null || (s.StartsWith("SEC", StringComparison.Ordinal) && s.Length is >= 16 and <= 128))
            .WithMessage(_ => Localized.Text("secret 须为钉钉机器人的加签密钥（SEC 开头）。", "secret is the 钉钉 robot's signing secret (starting with SEC)."));
    }
}

public sealed class ChannelRobotHandlers(IAppDbContext db, ICurrentUser caller, ISigningKeyProtector protector, TimeProvider time)
    : IRequestHandler<CreateChannelRobotCommand, ChannelRobotDto>, IRequestHandler<ListChannelRobotsQuery, IReadOnlyList<ChannelRobotDto>>,
      IRequestHandler<DeactivateChannelRobotCommand, ChannelRobotDto>
{
    public async Task<ChannelRobotDto> Handle(CreateChannelRobotCommand request, CancellationToken cancellationToken)
    {
        var scope = request.Scope!;
        if (!JurisdictionCodes.IsKnown(scope) && !await db.Departments.AnyAsync(d => d.Code == scope, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure("scope", Localized.Text(
                "scope 须为地区代码（WZ）或单位代码（DZ-TRANSPORT）。", "scope is a jurisdiction code (WZ) or a unit code (DZ-TRANSPORT)."))]);
        }

        var robot = ChannelRobot.Create(
            request.Kind == "ding_talk" ? NotificationChannel.DingTalk : NotificationChannel.WeCom, request.Name!, scope, request.Url!,
            request.Secret is { } secret ? protector.Protect(Encoding.UTF8.GetBytes(secret)) : null, caller.Name ?? "unknown", time.GetUtcNow());
        db.ChannelRobots.Add(robot);
        await db.SaveChangesAsync(cancellationToken);
        return Dto(robot);
    }

    public async Task<IReadOnlyList<ChannelRobotDto>> Handle(ListChannelRobotsQuery request, CancellationToken cancellationToken) =>
        (await db.ChannelRobots.AsNoTracking().OrderBy(r => r.Scope).ThenBy(r => r.Name).ToListAsync(cancellationToken)).Select(Dto).ToList();

    public async Task<ChannelRobotDto> Handle(DeactivateChannelRobotCommand request, CancellationToken cancellationToken)
    {
        var robot = await db.ChannelRobots.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken) ?? throw new NotFoundException("robot", request.Id.ToString());
        robot.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return Dto(robot);
    }

    // The URL carries the robot's access token or key: shown without its query.
    private static ChannelRobotDto Dto(ChannelRobot r) => new(
        r.Id, r.Kind, r.Name, r.Scope, r.Url.Split('?')[0], r.ProtectedSecret is not null, r.Active, r.CreatedAt, r.LastPostedAt);
}
