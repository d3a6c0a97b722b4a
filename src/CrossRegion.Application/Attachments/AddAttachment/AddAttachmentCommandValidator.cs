using FluentValidation;

namespace CrossRegion.Application.Attachments.AddAttachment;

public sealed class AddAttachmentCommandValidator : AbstractValidator<AddAttachmentCommand>
{
    public AddAttachmentCommandValidator()
    {
        RuleFor(c => c.FileName).NotEmpty().MaximumLength(200).OverridePropertyName("file_name");
    }
}
