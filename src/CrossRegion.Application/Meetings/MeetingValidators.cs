using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Meetings;
using FluentValidation;

namespace CrossRegion.Application.Meetings;

public sealed class SetHostOrderCommandValidator : AbstractValidator<SetHostOrderCommand>
{
    public SetHostOrderCommandValidator()
    {
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Order).NotEmpty();
    }
}

public sealed class CallMeetingCommandValidator : AbstractValidator<CallMeetingCommand>
{
    public CallMeetingCommandValidator()
    {
        RuleFor(c => c.Programme).NotEmpty().MaximumLength(16);
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Place).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Host).KnownJurisdiction();
        RuleFor(c => c.TaskForce).MaximumLength(Domain.TaskForces.TaskForce.CodeMaxLength);
        RuleFor(c => c.Kind).OneOf<CallMeetingCommand, MeetingKind>()
            .WithMessage(_ => Localized.Text("kind 须为 plenary（联席会议）或 topic（专题会）。", "kind must be plenary or topic."));
    }
}

public sealed class ListMeetingsQueryValidator : AbstractValidator<ListMeetingsQuery>
{
    public ListMeetingsQueryValidator()
    {
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidCursor();
        RuleFor(q => q.Programme).MaximumLength(16);
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
    }
}

public sealed class AddAgendaItemCommandValidator : AbstractValidator<AddAgendaItemCommand>
{
    public AddAgendaItemCommandValidator()
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(300);
        RuleFor(c => c.TaskKey).MaximumLength(64);
    }
}

public sealed class AddAttendeeCommandValidator : AbstractValidator<AddAttendeeCommand>
{
    public AddAttendeeCommandValidator()
    {
        RuleFor(c => c.Jurisdiction).KnownJurisdiction();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Post).MaximumLength(128);
    }
}

public sealed class RecordMinutesCommandValidator : AbstractValidator<RecordMinutesCommand>
{
    public RecordMinutesCommandValidator() => RuleFor(c => c.Minutes).NotEmpty().MaximumLength(20000);
}

public sealed class DecideCommandValidator : AbstractValidator<DecideCommand>
{
    public DecideCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(1000);
        RuleFor(c => c.DueDate).NotNull();
        RuleFor(c => c.Owners).NotEmpty();
        RuleFor(c => c.TitleZh).NotEmpty().When(c => c.TaskKey is null)
            .WithMessage(_ => Localized.Text("新任务须有名称（title_zh），或指明落到哪个已有任务（task_key）。", "Name the new task (title_zh), or the existing task it lands on (task_key)."));
        RuleFor(c => c.TitleEn).NotEmpty().When(c => c.TaskKey is null);
        RuleFor(c => c.Parties).NotEmpty().When(c => c.TaskKey is null);
    }
}

public sealed class WithdrawAgendaItemCommandValidator : AbstractValidator<WithdrawAgendaItemCommand>
{
    public WithdrawAgendaItemCommandValidator() => RuleFor(c => c.Position).GreaterThan(0);
}

public sealed class MoveAgendaItemCommandValidator : AbstractValidator<MoveAgendaItemCommand>
{
    public MoveAgendaItemCommandValidator()
    {
        RuleFor(c => c.Position).GreaterThan(0);
        RuleFor(c => c.To).NotNull().GreaterThan(0);
    }
}
