using CrossRegion.Application.Tasks.GetTask;

namespace CrossRegion.Api.WebConsole.Tasks;

/// <summary>What changed on a milestone between the version a form was opened on and the task as it is now, in words.</summary>
internal static class MilestoneChanges
{
    public static IReadOnlyList<string> Between(MilestoneDto before, MilestoneDto? after, Func<string, string> city)
    {
        if (after is null)
        {
            return [Lang.Of("该节点已被删除。", "The milestone was removed.")];
        }

        var changes = new List<string>();
        if (before.DueDate != after.DueDate)
        {
            changes.Add(Lang.Of($"完成时限由 {Lang.Date(before.DueDate)} 改为 {Lang.Date(after.DueDate)}。", $"The due date moved from {Lang.Date(before.DueDate)} to {Lang.Date(after.DueDate)}."));
        }

        if (before.Status != after.Status)
        {
            changes.Add(Lang.Of($"节点状态改为“{Labels.Of(after.Status)}”。", $"The milestone is now {Labels.Of(after.Status).ToLowerInvariant()}."));
        }

        foreach (var signOff in after.SignOffs.Where(s => !before.SignOffs.Any(b => b.Jurisdiction == s.Jurisdiction && b.Status == s.Status && b.At == s.At)))
        {
            changes.Add(Lang.Of(
                $"{city(signOff.Jurisdiction)}：{Labels.Of(signOff.Status)}（{signOff.By}，{Lang.Instant(signOff.At)}）：{signOff.Text}",
                $"{city(signOff.Jurisdiction)}: {Labels.Of(signOff.Status).ToLowerInvariant()} ({signOff.By}, {Lang.Instant(signOff.At)}): {signOff.Text}"));
        }

        foreach (var extension in after.Extensions.Where(e => !before.Extensions.Any(b => b.Id == e.Id && b.Status == e.Status)))
        {
            changes.Add(Lang.Of(
                $"{city(extension.Jurisdiction)} 的延期申请（至 {Lang.Date(extension.RequestedDueDate)}）：{Labels.Of(extension.Status)}。",
                $"{city(extension.Jurisdiction)}'s extension request (to {Lang.Date(extension.RequestedDueDate)}): {Labels.Of(extension.Status).ToLowerInvariant()}."));
        }

        if (!before.Owners.SequenceEqual(after.Owners))
        {
            changes.Add(Lang.Of($"责任方改为 {Lang.List(after.Owners.Select(city))}。", $"The owners are now {Lang.List(after.Owners.Select(city))}."));
        }

        return changes.Count > 0 ? changes : [Lang.Of("任务的其他部分有改动，本节点未变。", "Another part of the task changed; this milestone did not.")];
    }
}
