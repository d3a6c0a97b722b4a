using CrossRegion.Application.Common.Interfaces;
using FluentValidation;
using FluentValidation.Results;

namespace CrossRegion.Application.Common.Exceptions;

public static class CredentialProblems
{
    /// <summary>
    /// The identity store's objections as a validation failure: 400 naming the field and each rule by its code. A
    /// password rule is reported on <paramref name="passwordField"/> when the request calls its password otherwise.
    /// </summary>
    public static ValidationException Refused(IReadOnlyList<CredentialProblem> problems, string? passwordField = null) =>
        new(problems.Select(p => new ValidationFailure(passwordField is not null && p.Field == "password" ? passwordField : p.Field, p.Message) { ErrorCode = p.Code }));
}
