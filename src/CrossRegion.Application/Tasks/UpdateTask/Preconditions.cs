using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Tasks.UpdateTask;

/// <summary>If-Match for updates: without it 428, with a version other than the current one 412.</summary>
internal static class Preconditions
{
    public static void Require(int? expectedVersion, int currentVersion)
    {
        if (expectedVersion is not { } expected)
        {
            throw new PreconditionFailedException(
                Localized.Text("修改须附带 If-Match 请求头（先 GET 取得 ETag）。", "Send If-Match with the ETag from a GET of the task."), required: true);
        }

        if (expected != currentVersion)
        {
            throw Stale();
        }
    }

    public static PreconditionFailedException Stale() => new(
        Localized.Text("任务已被他人修改，请重新获取后再提交。", "The task changed since you read it; fetch it again and retry."), required: false);
}
