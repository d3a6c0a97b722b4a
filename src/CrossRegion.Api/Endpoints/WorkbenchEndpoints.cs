using CrossRegion.Application.Workbench.GetWorkbench;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>工作台: what the signed-in person's part of the ledger asks of them now (the console's home page).</summary>
internal sealed class WorkbenchEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workbench", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetWorkbenchQuery(), ct))
            .RequireAuthorization()
            .WithTags("Workbench")
            .WithName("GetWorkbench")
            .WithSummary("Your work now: for an officer the unit's open milestones by light and this month's reports not yet in; for a coordinator the city's, unit by unit; for the joint office overdue by city and programme, the decisions waiting and this week's chase")
            .WithDescription("People only (machine clients: 403). Always within what the caller may see.")
            .WithStandardProblems();
}
