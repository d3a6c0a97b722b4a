namespace CrossRegion.Application.Common.Exceptions;

/// <summary>The resource does not exist or the caller may not know that it exists: both answer 404.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, string key)
        : base(Text.Localized.Text($"{ResourceZh(resource)}“{key}”不存在。", $"The {resource} '{key}' was not found."))
    {
        Resource = resource;
        Key = key;
    }

    public NotFoundException()
        : this("resource", string.Empty)
    {
    }

    public NotFoundException(string message)
        : this("resource", message)
    {
    }

    public NotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Resource = "resource";
        Key = string.Empty;
    }

    public string Resource { get; } = "resource";

    private static string ResourceZh(string resource) => resource switch
    {
        "task" => "任务",
        "indicator" => "指标",
        "scheme" => "考核方案",
        "evaluation" => "评估",
        "appeal" => "申诉",
        "jurisdiction" => "地区",
        "item" => "评估条目",
        "meeting" => "会议",
        "programme" => "规划",
        "milestone" => "节点",
        "department" => "部门",
        "user" => "用户",
        "client" => "客户端",
        "assignment" => "派驻",
        "notice" => "通知",
        "webhook" => "订阅",
        "delivery" => "投递",
        "job" => "后台任务",
        "bulletin" => "通报",
        "attachment" => "附件",
        "preparation item" => "前期事项",
        "party" => "参与方",
        _ => "资源",
    };
    public string Key { get; } = string.Empty;
}
