using CrossRegion.Application.Common.Interfaces;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Lets code that runs with no request (start-up seeding, commands, later the jobs) act as a named system actor
/// for one DI scope. Set it before resolving anything that depends on <see cref="ICurrentUser"/>.
/// </summary>
public sealed class ActorOverride
{
    public ICurrentUser? Actor { get; set; }
}
