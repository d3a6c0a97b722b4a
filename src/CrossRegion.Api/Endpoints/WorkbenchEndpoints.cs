using CrossRegion.Application.Dashboard.GetDashboard;
using CrossRegion.Application.Workbench.GetWorkbench;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>工作台: what the signed-in person's part of the ledger asks of them now (the console's home page).</summary>
internal sealed class WorkbenchEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/dashboard", (IMediator mediator, CancellationToken ct, string? city) => mediator.Send(new GetDashboardQuery(city), ct))
            .RequireAuthorization()
            .WithTags("Workbench")
            .WithName("GetDashboard")
            .WithSummary("领导驾驶舱: the four cities side by side (this year's on-time rate, overdue now and by month end, last month's reports, notices issued and signed), the ten most overdue joint items you may see, each programme's progress")
            .WithDescription(
                "The four-city figures are aggregates over the whole programme, computed at most once a minute (computed_at); the joint items are " +
                "those of tasks you may see. The list behind a city's overdue figure is GET /api/v1/tasks?overdue_for={city}, filtered by your visibility. " +
                "city={code}: that city's own dashboard, for its people and clients only (403 for anyone else): its figures over the joint " +
                "programmes and its own programmes (shared or not), its most overdue items and the progress of both.")
            .WithStandardProblems();
        app.MapGet("/api/v1/workbench", (IMediator mediator, CancellationToken ct) => mediator.Send(new GetWorkbenchQuery(), ct))
            .RequireAuthorization()
            .WithTags("Workbench")
            .WithName("GetWorkbench")
            .WithSummary("Your work now: for an officer the unit's open milestones by light and this month's reports not yet in; for a coordinator the city's, unit by unit; for the joint office overdue by city and programme, the decisions waiting and this week's chase")
            .WithDescription("People only (machine clients: 403). Always within what the caller may see.")
            .WithStandardProblems();
    }
}
