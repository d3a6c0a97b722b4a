using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Jobs.ControlJob;
using CrossRegion.Application.Jobs.ListJobRuns;
using CrossRegion.Application.Jobs.ListJobs;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>Operating the background jobs (administrators): schedules, recent runs, pause / resume, run now.</summary>
internal sealed class JobsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin").WithTags("Jobs").RequireAuthorization();
        group.MapGet("/jobs", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListJobsQuery(), ct)))
            .WithName("ListJobs")
            .WithSummary("Every job with its cron (Asia/Shanghai), state, next and previous fire times, misfire and retry policy")
            .WithStandardProblems();
        group.MapGet("/job-runs", ListRuns)
            .WithName("ListJobRuns")
            .WithSummary("Finished runs, newest first: node, manual or scheduled, outcome, duration and summary")
            .WithStandardProblems();
        foreach (var (route, action, summary) in new[]
                 {
                     ("pause", JobAction.Pause, "Pause a job's schedule on every node"),
                     ("resume", JobAction.Resume, "Resume a paused job (a missed firing follows the job's misfire policy)"),
                     ("run", JobAction.RunNow, "Run a job now, on whichever node acquires it"),
                 })
        {
            group.MapPost($"/jobs/{{name}}/{route}", async (string name, IMediator mediator, CancellationToken ct) =>
                    TypedResults.Accepted("/api/v1/admin/job-runs", await mediator.Send(new ControlJobCommand(name, action), ct)))
                .WithName($"Job{action}")
                .WithSummary(summary)
                .WithStandardProblems()
                .ProducesProblem(StatusCodes.Status404NotFound);
        }
    }

    private static async Task<Ok<CursorPage<JobRunDto>>> ListRuns(
        IMediator mediator, CancellationToken cancellationToken, string? job = null, int? limit = null, string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListJobRunsQuery(job, limit, cursor), cancellationToken));
}
