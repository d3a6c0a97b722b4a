using CrossRegion.Application.Audit.VerifyAuditChain;
using MediatR;

namespace CrossRegion.Api.Endpoints;

internal sealed class AuditEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/audit").WithTags("Audit").RequireAuthorization()
            .MapGet("/verify", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChainQuery(), cancellationToken)))
            .WithName("VerifyAuditChain")
            .WithSummary("Walk the hash-chained audit log and report the first broken link (administrators)")
            .WithStandardProblems();
    }
}
