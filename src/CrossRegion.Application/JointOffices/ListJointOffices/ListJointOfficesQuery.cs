using CrossRegion.Application.Common.Security;
using MediatR;

namespace CrossRegion.Application.JointOffices.ListJointOffices;

/// <summary>The joint offices and the programmes each runs (万达开联合办公室, 万开云联合办公室).</summary>
[Authorize(Scope = ScopeNames.LedgerRead)]
public sealed record ListJointOfficesQuery : IRequest<IReadOnlyList<JointOfficeDto>>;
