using CrossRegion.Application.Common.Interfaces;
using FluentValidation;
using FluentValidation.Results;

namespace CrossRegion.Application.Common.Exceptions;

public static class CredentialProblems
{
    /// <summary>The identity store's objections as a validation failure: 400 naming the field and each rule by its code.</summary>
    public static ValidationException Refused(IReadOnlyList<CredentialProblem> problems) =>
        new(problems.Select(p => new ValidationFailure(p.Field, p.Message) { ErrorCode = p.Code }));
}
