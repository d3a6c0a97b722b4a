using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.CreateTask;

/// <summary>A party of a new task, as a proposal or an assignment from above names it.</summary>
public sealed class PartyInputValidator : AbstractValidator<PartyInput>
{
    public PartyInputValidator()
    {
        RuleFor(p => p.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(p => p.Role).NotEmpty().OneOf<PartyInput, PartyRole>();
        RuleFor(p => p.Share).MaximumLength(2000);
    }
}
