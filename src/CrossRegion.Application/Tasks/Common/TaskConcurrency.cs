using CrossRegion.Application.Common.Concurrency;
using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Common.Text;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Tasks.Common;

/// <summary>
/// Optimistic concurrency on tasks, in one place: If-Match is checked against the version read (428 without it,
/// 412 when it differs), and a save that loses a race to another writer is refused the same way (412).
/// </summary>
internal static class TaskConcurrency
{
    public static void Require(int? expectedVersion, int currentVersion)
    {
        if (expectedVersion is not { } expected)
        {
            throw new PreconditionFailedException(
                Localized.Text("修改须附带 If-Match 请求头（先 GET 取得 ETag）。", "Send If-Match with the ETag from a GET of the task."), required: true);
        }

        if (Revisions.Differs(expected, currentVersion))
        {
            throw Stale();
        }
    }

    /// <summary>For actions where If-Match is optional: checked when the caller names the version it read.</summary>
    public static void RequireIfGiven(int? expectedVersion, int currentVersion)
    {
        if (expectedVersion is not null)
        {
            Require(expectedVersion, currentVersion);
        }
    }

    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: their change stands, ours is refused.
            throw Stale();
        }
    }

    private static PreconditionFailedException Stale() => new(
        Localized.Text("任务已被他人修改，请重新获取后再提交。", "The task changed since you read it; fetch it again and retry."), required: false);
}
