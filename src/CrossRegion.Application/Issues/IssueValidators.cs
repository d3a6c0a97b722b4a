using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Issues;
using FluentValidation;

namespace CrossRegion.Application.Issues;

public sealed class RaiseIssueCommandValidator : AbstractValidator<RaiseIssueCommand>
{
    public RaiseIssueCommandValidator()
    {
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(500);
        RuleFor(c => c.HelpNeeded).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.AddresseeKind).NotEmpty().OneOf<RaiseIssueCommand, IssueAddressee>()
            .WithMessage(_ => Localized.Text("addressee_kind 须为 unit、task_force、joint_office 或 organisation。", "addressee_kind is unit, task_force, joint_office or organisation."));
        RuleFor(c => c.Addressee).NotEmpty().MaximumLength(64)
            .When(c => EnumText.TryParse<IssueAddressee>(c.AddresseeKind, out var k) && k != IssueAddressee.JointOffice);
        RuleFor(c => c.Addressee).Empty().When(c => EnumText.TryParse<IssueAddressee>(c.AddresseeKind, out var k) && k == IssueAddressee.JointOffice)
            .WithMessage(_ => Localized.Text("联合办公室无需编号：由任务所属规划的联合办公室办理。", "The joint office takes no code: the task's programme's joint office answers."));
        RuleFor(c => c.ReplyBy).NotNull();
        When(c => c.Factor is not null, () =>
        {
            RuleFor(c => c.Factor!.Kind).NotEmpty().Must(k => EnumText.TryParse<FactorKind>(k, out _)).OverridePropertyName("factor.kind")
                .WithMessage(_ => Localized.Text($"取值须为：{EnumText.Choices<FactorKind>()}。", $"Must be one of {EnumText.Choices<FactorKind>()}."));
            RuleFor(c => c.Factor!.Amount).NotNull().GreaterThan(0).LessThan(1_000_000_000m).OverridePropertyName("factor.amount");
            RuleFor(c => c.Factor!.Unit).NotEmpty().MaximumLength(16).OverridePropertyName("factor.unit");
        });
    }
}

public sealed class ListIssuesQueryValidator : AbstractValidator<ListIssuesQuery>
{
    public ListIssuesQueryValidator()
    {
        RuleFor(q => q.City).KnownJurisdiction().When(q => q.City is not null);
        RuleFor(q => q.State).Must(s => s is null || EnumText.TryParse<IssueStatus>(s, out _))
            .WithMessage(_ => Localized.Text("state 须为 open、answered、closed 或 withdrawn。", "state is open, answered, closed or withdrawn."));
        RuleFor(q => q.Addressee).MaximumLength(64);
        RuleFor(q => q.Factor).Must(f => f is null || f == "any" || EnumText.TryParse<FactorKind>(f, out _))
            .WithMessage(_ => Localized.Text($"factor 须为 any 或：{EnumText.Choices<FactorKind>()}。", $"factor is any or one of {EnumText.Choices<FactorKind>()}."));
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
    }
}

public sealed class ChangeIssueCommandValidator : AbstractValidator<ChangeIssueCommand>
{
    private static readonly string[] Actions = ["answer", "close", "reopen", "withdraw"];

    public ChangeIssueCommandValidator()
    {
        RuleFor(c => c.Action).NotEmpty().Must(a => Actions.Contains(a))
            .WithMessage(_ => Localized.Text("操作须为 answer、close、reopen 或 withdraw。", "The action is answer, close, reopen or withdraw."));
        RuleFor(c => c.Answer).NotEmpty().MaximumLength(2000).When(c => c.Action == "answer");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Action is "reopen" or "withdraw");
        RuleFor(c => c.Reason).MaximumLength(1000);
        RuleFor(c => c.ReplyBy).NotNull().When(c => c.Action == "reopen");
        When(c => c.Grant is not null, () =>
        {
            RuleFor(c => c.Grant!.Outcome).NotEmpty().Must(o => EnumText.TryParse<FactorOutcome>(o, out _)).OverridePropertyName("grant.outcome")
                .WithMessage(_ => Localized.Text("grant.outcome 须为 granted、partly_granted 或 refused。", "grant.outcome is granted, partly_granted or refused."));
            RuleFor(c => c.Grant!.Amount).GreaterThanOrEqualTo(0).LessThan(1_000_000_000m).OverridePropertyName("grant.amount");
            RuleFor(c => c.Grant!.Document).MaximumLength(200).OverridePropertyName("grant.document");
        });
    }
}
