using CrossRegion.Application.Common.Security;
using CrossRegion.Domain.Identity;
using MediatR;

namespace CrossRegion.Application.Audit.VerifyAuditChain;

/// <summary>Walks the whole audit chain and reports the first broken link, if any. Administrators only.</summary>
[Authorize(Roles = UserRoles.SystemAdministrator)]
public sealed record VerifyAuditChainQuery : IRequest<AuditVerificationDto>;
