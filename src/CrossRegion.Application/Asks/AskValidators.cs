using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Asks;
using FluentValidation;

namespace CrossRegion.Application.Asks;

public sealed class DraftAskCommandValidator : AbstractValidator<DraftAskCommand>
{
    public DraftAskCommandValidator()
    {
        RuleFor(c => c.Kind).NotEmpty().OneOf<DraftAskCommand, AskKind>()
            .WithMessage(_ => Localized.Text("类型须为 inclusion、approval、funding、quota、pilot 或 support。", "kind is inclusion, approval, funding, quota, pilot or support."));
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(500);
        RuleFor(c => c.Addressees).NotEmpty();
        RuleForEach(c => c.Addressees).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Submitters).NotEmpty();
        RuleForEach(c => c.Submitters).NotEmpty().KnownJurisdiction();
    }
}

public sealed class ListAsksQueryValidator : AbstractValidator<ListAsksQuery>
{
    public ListAsksQueryValidator()
    {
        RuleFor(q => q.City).KnownJurisdiction().When(q => q.City is not null);
        RuleFor(q => q.State).Must(s => s is null || EnumText.TryParse<AskStatus>(s, out _))
            .WithMessage(_ => Localized.Text("state 须为 drafted、submitted、accepted、included、approved、refused 或 withdrawn。", "state is drafted, submitted, accepted, included, approved, refused or withdrawn."));
        RuleFor(q => q.Addressee).MaximumLength(64);
        RuleFor(q => q.Limit).ValidLimit();
        RuleFor(q => q.Cursor).ValidTimeCursor();
    }
}

public sealed class ChangeAskCommandValidator : AbstractValidator<ChangeAskCommand>
{
    private static readonly string[] Actions = ["submit", "answer", "withdraw", "follow_up"];

    public ChangeAskCommandValidator()
    {
        RuleFor(c => c.Action).NotEmpty().Must(a => Actions.Contains(a))
            .WithMessage(_ => Localized.Text("操作须为 submit、answer、withdraw 或 follow-up。", "The action is submit, answer, withdraw or follow-up."));
        RuleFor(c => c.On).NotNull().When(c => c.Action is "submit" or "answer");
        RuleFor(c => c.Outcome).NotEmpty().Must(o => EnumText.TryParse<AskStatus>(o, out var s) && s is AskStatus.Accepted or AskStatus.Included or AskStatus.Approved or AskStatus.Refused)
            .When(c => c.Action == "answer")
            .WithMessage(_ => Localized.Text("outcome 须为 accepted、included、approved 或 refused。", "outcome is accepted, included, approved or refused."));
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Action == "withdraw");
        RuleFor(c => c.SignOffMilestone).Equal(false)
            .When(c => c.Action != "answer" || !(EnumText.TryParse<AskStatus>(c.Outcome, out var s) && s is AskStatus.Included or AskStatus.Approved))
            .WithMessage(_ => Localized.Text("只有纳入或获批的答复可以据以完成节点。", "Only an inclusion or approval completes a milestone."));
        RuleFor(c => c.Reference).MaximumLength(128);
        RuleFor(c => c.Document).MaximumLength(300);
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}
