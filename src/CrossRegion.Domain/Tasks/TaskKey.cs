using System.Text.RegularExpressions;
using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>Stable, human-readable task key such as <c>WDK-2023-04</c> or <c>WDK-2023-07-01</c>.</summary>
public static partial class TaskKey
{
    public const int MaxLength = 32;

    public static bool IsValid(string? key) => key is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(key);

    public static string Validate(string? key) =>
        IsValid(key)
            ? key!
            : throw new DomainRuleException(
                "task.key_format",
                $"任务编号“{key}”须为大写字母和数字，以短横线分组，如 WDK-2023-04。",
                $"Task key '{key}' must be upper-case letters and digits in dash-separated groups, e.g. WDK-2023-04.");

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
