using CrossRegion.Application.Common.Text;
using FluentValidation;
using FluentValidation.Results;
using MediatR;

namespace CrossRegion.Application.Common.Behaviours;

/// <summary>
/// The one text rule, applied to every string a request carries (body fields, query values, route keys, nested
/// inputs, lists) before any validator or handler sees it: see <see cref="TextRules"/>. A violation is a 400 naming
/// the field, so nothing the database would refuse (PostgreSQL rejects U+0000) or that would disguise text on screen
/// ever reaches it.
/// </summary>
public sealed class TextInputBehaviour<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<ValidationFailure>();
        TextInputWalker.Visit(request, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return next();
    }
}
