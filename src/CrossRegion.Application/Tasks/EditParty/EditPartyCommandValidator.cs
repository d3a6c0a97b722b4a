using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Domain.Tasks;
using FluentValidation;

namespace CrossRegion.Application.Tasks.EditParty;

public sealed class EditPartyCommandValidator : AbstractValidator<EditPartyCommand>
{
    public EditPartyCommandValidator()
    {
        RuleFor(c => c.Jurisdiction).NotEmpty().KnownJurisdiction();
        RuleFor(c => c.Role).NotEmpty().When(c => c.Action == EditAction.Add);
        RuleFor(c => c.Role).OneOf<EditPartyCommand, PartyRole>();
        RuleFor(c => c.Share).MaximumLength(2000);
        RuleForEach(c => c.Departments).NotEmpty().MaximumLength(64);
    }
}
