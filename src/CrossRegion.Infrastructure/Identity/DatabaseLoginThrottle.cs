using System.Security.Cryptography;
using System.Text;
using CrossRegion.Application.Auth.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// <see cref="ILoginThrottle"/> in the application's database, so every node behind a load balancer counts the same
/// failures. Failures are counted with one atomic UPDATE (two wrong passwords at once count twice).
/// </summary>
internal sealed class DatabaseLoginThrottle(AppDbContext db, IHttpContextAccessor http, TimeProvider time, IOptions<AuthOptions> options)
    : ILoginThrottle
{
    public async Task<TimeSpan?> WaitAsync(string userName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var policy = options.Value;
        var failure = await db.LoginFailures.AsNoTracking().SingleOrDefaultAsync(f => f.Key == Key(userName), cancellationToken);
        if (failure is null || failure.LastFailureAt < ForgottenBefore(now) || policy.LoginDelay(failure.Failures) is not { } delay)
        {
            return null;
        }

        var wait = failure.LastFailureAt + delay - now;
        return wait > TimeSpan.Zero ? wait : null;
    }

    public async Task RecordFailureAsync(string userName, CancellationToken cancellationToken)
    {
        var key = Key(userName);
        if (await CountAsync(key, cancellationToken) > 0)
        {
            return;
        }

        db.LoginFailures.Add(LoginFailure.First(key, UserKey(userName), time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (DatabaseFailure.Classify(e, out _) == DatabaseFailureKind.Duplicate)
        {
            // A concurrent failure inserted the row first: count this one on it.
            db.ChangeTracker.Clear();
            await CountAsync(key, cancellationToken);
        }
    }

    private Task<int> CountAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var forgotten = ForgottenBefore(now);
        return db.LoginFailures.Where(f => f.Key == key).ExecuteUpdateAsync(
            s => s.SetProperty(f => f.Failures, f => f.LastFailureAt < forgotten ? 1 : f.Failures + 1).SetProperty(f => f.LastFailureAt, now),
            cancellationToken);
    }

    public Task RecordSuccessAsync(string userName, CancellationToken cancellationToken) =>
        db.LoginFailures.Where(f => f.Key == Key(userName)).ExecuteDeleteAsync(cancellationToken);

    public Task ClearAsync(string userName, CancellationToken cancellationToken) =>
        db.LoginFailures.Where(f => f.UserKey == UserKey(userName)).ExecuteDeleteAsync(cancellationToken);

    // Failures older than the memory no longer count: the pair starts afresh.
    private DateTimeOffset ForgottenBefore(DateTimeOffset now) => now.AddHours(-options.Value.FailedLoginMemoryHours);

    private static string UserKey(string userName) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userName)));

    private string Key(string userName)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString() ?? "local";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(userName + "\n" + address)));
    }
}
