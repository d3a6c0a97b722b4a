using FluentValidation;

namespace CrossRegion.Application.Users.AssignJointOffice;

public sealed class AssignJointOfficeCommandValidator : AbstractValidator<AssignJointOfficeCommand>
{
    public AssignJointOfficeCommandValidator()
    {
        RuleFor(c => c.Office).NotEmpty().MaximumLength(16);
    }
}
