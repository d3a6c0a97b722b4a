using CrossRegion.Api.Security;
using CrossRegion.Infrastructure.Persistence;
using MediatR;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// In a console circuit the scoped database context lives as long as the circuit, across many use cases. Each use
/// case the circuit runs starts from a context that remembers nothing, as an API request's does: otherwise it would
/// read rows other writers have since changed as they were (the audit chain's head, a task) and save again what a
/// refused use case left half-changed. Outside circuits (a request's own scope) this does nothing.
/// </summary>
internal sealed class CircuitUnitOfWork<TRequest, TResponse>(CallerPrincipal caller, AppDbContext db, CircuitWork work) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (caller.CircuitUser is null || work.Depth > 0)
        {
            return await next();
        }

        db.ChangeTracker.Clear();
        work.Depth++;
        try
        {
            return await next();
        }
        finally
        {
            work.Depth--;
            db.ChangeTracker.Clear();
        }
    }
}

/// <summary>How deep the circuit is in use cases (a use case may send another): only the outermost starts clean.</summary>
internal sealed class CircuitWork
{
    public int Depth { get; set; }
}
