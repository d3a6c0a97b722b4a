using System.Text.Json;

namespace CrossRegion.Api.WebConsole.Tasks;

/// <summary>An audit entry's changes (as the history reads them: HistoryNames) as lines a person reads: "会签 新增：status = confirmed".</summary>
internal static class HistoryText
{
    private const int MaxValue = 80;

    public static IEnumerable<string> Describe(JsonElement changes)
    {
        if (changes.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var change in changes.EnumerateArray())
        {
            var entity = change.TryGetProperty("entity", out var e) ? e.GetString() ?? string.Empty : string.Empty;
            var action = change.TryGetProperty("action", out var a) ? a.GetString() ?? string.Empty : string.Empty;
            var fields = change.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Object
                ? f.EnumerateObject().Select(field => Field(field, action)).Where(text => text is not null).ToList()
                : [];
            var head = $"{Entity(entity)} {Action(action)}";
            yield return fields.Count == 0 ? head : $"{head}{Lang.Of("：", ": ")}{string.Join(Lang.Of("；", "; "), fields)}";
        }
    }

    private static string? Field(JsonProperty field, string action)
    {
        if (field.Name is "id" or "task_id" or "milestone_id" or "party_id" or "report_id" or "target_id" or "version" or "sort_order")
        {
            return null;
        }

        if (!field.Value.TryGetProperty("after", out var after))
        {
            return $"{field.Name} {Lang.Of("已更改", "changed")}";
        }

        var before = field.Value.TryGetProperty("before", out var b) ? Value(b) : null;
        return action == "updated" && before is not null ? $"{field.Name} {before} → {Value(after) ?? "—"}" : $"{field.Name} = {Value(after) ?? "—"}";
    }

    private static string? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => Shorten(value.GetString()!),
        _ => Shorten(value.GetRawText()),
    };

    private static string Shorten(string text) => text.Length <= MaxValue ? text : string.Concat(text.AsSpan(0, MaxValue), "…");

    private static string Action(string action) => action switch
    {
        "created" => Lang.Of("新增", "added"),
        "deleted" => Lang.Of("删除", "removed"),
        _ => Lang.Of("修改", "changed"),
    };

    private static string Entity(string entity) => entity switch
    {
        "task" => Lang.Of("任务", "Task"),
        "party" => Lang.Of("参与方", "Party"),
        "party_unit" => Lang.Of("责任单位", "Unit"),
        "milestone" => Lang.Of("节点", "Milestone"),
        "milestone_owner" => Lang.Of("节点责任方", "Milestone owner"),
        "sign_off" => Lang.Of("会签", "Sign-off"),
        "extension" => Lang.Of("延期申请", "Extension request"),
        "target" => Lang.Of("年度目标", "Annual target"),
        "measure" => Lang.Of("指标", "Measure"),
        "report" => Lang.Of("月调度", "Monthly report"),
        "report_value" => Lang.Of("指标完成值", "Reported value"),
        "comment" => Lang.Of("评论", "Comment"),
        "attachment" => Lang.Of("附件", "Attachment"),
        "alias" => Lang.Of("别名", "Alias"),
        "organisation" => Lang.Of("相关机构", "Organisation"),
        _ => entity,
    };
}
