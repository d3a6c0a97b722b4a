using FluentValidation;

namespace CrossRegion.Application.Discussion.PostMessage;

public sealed class PostMessageCommandValidator : AbstractValidator<PostMessageCommand>
{
    public PostMessageCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(4000);
    }
}
