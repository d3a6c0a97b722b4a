using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Common.Behaviours;

/// <summary>
/// Enforces <see cref="ProgrammeStewardship"/> on every <see cref="IStewardedTaskRequest"/>: a joint programme's task is
/// defined and decided by its joint office, a city's own programme's by that city's coordinators (a joint office it is
/// shared with reads it and does not change it). A key the caller cannot see goes on to the handler, which answers 404.
/// </summary>
public sealed class StewardshipBehaviour<TRequest, TResponse>(IAppDbContext db, ICurrentUser caller) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (request is IStewardedTaskRequest { Key: { } key })
        {
            var programme = await db.Tasks.AsNoTracking().Where(t => t.Key == key).Select(t => t.ProgrammeCode).FirstOrDefaultAsync(cancellationToken);
            if (programme is not null)
            {
                await caller.EnsureRunsAsync(db, programme, cancellationToken);
            }
        }

        return await next();
    }
}
