using System.Globalization;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Users.Common;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Account.NotificationPreferences;

/// <summary>How a person receives notices outside the inbox (ADR 0029), with the addresses they are sent to.</summary>
/// <param name="Email">Formal notices by email (to email_address).</param>
/// <param name="Sms">Formal notices by SMS (to phone).</param>
/// <param name="Reminders">Reminders before a due date too, not only 催办 notices.</param>
/// <param name="FromLevel">The lowest rung that reaches the person outside the inbox (department_officer: all).</param>
/// <param name="Language">zh-CN or en.</param>
/// <param name="QuietFrom">Quiet hours' start (HH:mm, Beijing time), or null for none; notices wait for their end, except from city_leadership up.</param>
public sealed record NotificationPreferencesDto(
    bool Email, bool Sms, bool Reminders, LadderLevel FromLevel, string Language, string? QuietFrom, string? QuietUntil, string? EmailAddress, string? Phone);

/// <summary>The caller's own preferences (the defaults until they change them).</summary>
[Authorize(Roles = Domain.Identity.UserRoles.None)]
public sealed record GetNotificationPreferencesQuery : IRequest<NotificationPreferencesDto>;

/// <summary>Changes the caller's own preferences and the addresses notices are sent to.</summary>
[Authorize(Roles = Domain.Identity.UserRoles.None)]
public sealed record SetNotificationPreferencesCommand(
    bool? Email, bool? Sms, bool? Reminders, string? FromLevel, string? Language, string? QuietFrom, string? QuietUntil, string? EmailAddress, string? Phone)
    : IRequest<NotificationPreferencesDto>;

public sealed class SetNotificationPreferencesCommandValidator : AbstractValidator<SetNotificationPreferencesCommand>
{
    public SetNotificationPreferencesCommandValidator()
    {
        RuleFor(c => c.Email).NotNull();
        RuleFor(c => c.Sms).NotNull();
        RuleFor(c => c.FromLevel).OneOf<SetNotificationPreferencesCommand, LadderLevel>();
        RuleFor(c => c.Language).Must(l => l is null or "zh-CN" or "en").WithMessage(_ => Localized.Text("取值须为 zh-CN 或 en。", "Must be zh-CN or en."));
        RuleFor(c => c.QuietFrom).Must(BeTime).WithMessage(_ => Localized.Text("时间格式为 HH:mm。", "A time is HH:mm."));
        RuleFor(c => c.QuietUntil).Must(BeTime).WithMessage(_ => Localized.Text("时间格式为 HH:mm。", "A time is HH:mm."));
        RuleFor(c => c.EmailAddress).ValidEmail().When(c => !string.IsNullOrEmpty(c.EmailAddress));
        RuleFor(c => c.Phone).ValidPhone().When(c => !string.IsNullOrEmpty(c.Phone));
        RuleFor(c => c.EmailAddress).NotEmpty().When(c => c.Email == true)
            .WithMessage(_ => Localized.Text("开启邮件须填写邮箱地址。", "Email needs an address."));
        RuleFor(c => c.Phone).NotEmpty().When(c => c.Sms == true)
            .WithMessage(_ => Localized.Text("开启短信须填写手机号码。", "SMS needs a mobile number."));
    }

    internal static bool BeTime(string? value) => value is null || TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

public sealed class NotificationPreferenceHandlers(IAppDbContext db, ICurrentUser caller)
    : IRequestHandler<GetNotificationPreferencesQuery, NotificationPreferencesDto>, IRequestHandler<SetNotificationPreferencesCommand, NotificationPreferencesDto>
{
    public async Task<NotificationPreferencesDto> Handle(GetNotificationPreferencesQuery request, CancellationToken cancellationToken)
    {
        var id = Person();
        var user = await db.UserAccounts.AsNoTracking().SingleAsync(u => u.Id == id, cancellationToken);
        var preference = await db.NotificationPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == id, cancellationToken) ?? NotificationPreference.Default(id);
        return Dto(preference, user.Email, user.Phone);
    }

    public async Task<NotificationPreferencesDto> Handle(SetNotificationPreferencesCommand request, CancellationToken cancellationToken)
    {
        var id = Person();
        var user = await db.UserAccounts.SingleAsync(u => u.Id == id, cancellationToken);
        var preference = await db.NotificationPreferences.SingleOrDefaultAsync(p => p.UserId == id, cancellationToken);
        if (preference is null)
        {
            preference = NotificationPreference.Default(id);
            db.NotificationPreferences.Add(preference);
        }

        preference.Change(
            request.Email!.Value, request.Sms!.Value, request.Reminders ?? false,
            request.FromLevel is null ? LadderLevel.DepartmentOfficer : EnumText.Parse<LadderLevel>(request.FromLevel), request.Language ?? "zh-CN",
            Time(request.QuietFrom), Time(request.QuietUntil));
        user.SetContact(request.EmailAddress, request.Phone);
        await db.SaveChangesAsync(cancellationToken);
        return Dto(preference, user.Email, user.Phone);
    }

    private Guid Person() => caller.UserId ?? throw new ForbiddenAccessException(Localized.Text("只有个人账户有通知偏好。", "Only people have notification preferences."));

    private static TimeOnly? Time(string? value) => value is null ? null : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

    private static NotificationPreferencesDto Dto(NotificationPreference p, string? email, string? phone) => new(
        p.Email, p.Sms, p.Reminders, p.FromLevel, p.Language, p.QuietFrom?.ToString("HH:mm", CultureInfo.InvariantCulture),
        p.QuietUntil?.ToString("HH:mm", CultureInfo.InvariantCulture), email, phone);
}
