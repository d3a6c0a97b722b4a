using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Evaluations.Schemes;

/// <summary>
/// The joint office writes a year's scoring scheme, or revises it (naming the revision it replaces) until an
/// evaluation has used it. Answers the scheme as it now stands.
/// </summary>
[Authorize(Roles = UserRoles.JointOfficeCoordinator)]
public sealed record PutSchemeCommand(int Year, SchemeRules? Rules, int? ExpectedRevision) : IRequest<SchemeDto>;

/// <summary>A year's scheme: every reader may know the rules it is scored by.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record GetSchemeQuery(int Year) : IRequest<SchemeDto>;

/// <summary>Every year's scheme, latest first.</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListSchemesQuery : IRequest<IReadOnlyList<SchemeDto>>;

/// <param name="Revision">1 when written, one more per revision (its ETag).</param>
/// <param name="UsedAt">When an evaluation first scored by it; from then on it is fixed.</param>
public sealed record SchemeDto(int Year, SchemeRules Rules, int Revision, string UpdatedBy, DateTimeOffset UpdatedAt, DateTimeOffset? UsedAt, bool Fixed)
{
    public static SchemeDto Of(EvaluationScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return new(scheme.Year, scheme.Rules, scheme.Revision, scheme.UpdatedBy, scheme.UpdatedAt, scheme.UsedAt, scheme.UsedAt is not null);
    }
}
