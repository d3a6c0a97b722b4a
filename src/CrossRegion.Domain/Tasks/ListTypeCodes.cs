using System.Text.RegularExpressions;
using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// Codes of list types. Which lists a programme issues in a year, and their columns, are data (<see cref="ListType"/>);
/// these are the codes the shipped lists use.
/// </summary>
public static partial class ListTypeCodes
{
    /// <summary>联合重点任务: a jointly issued key task.</summary>
    public const string JointKeyTask = "joint_key_task";

    /// <summary>重大任务.</summary>
    public const string MajorTask = "major_task";

    /// <summary>重大项目.</summary>
    public const string MajorProject = "major_project";

    /// <summary>重大政策.</summary>
    public const string MajorPolicy = "major_policy";

    /// <summary>重大改革.</summary>
    public const string MajorReform = "major_reform";

    /// <summary>重大平台.</summary>
    public const string MajorPlatform = "major_platform";

    public const int MaxLength = 32;

    public static bool IsValid(string? code) => code is { Length: > 1 and <= MaxLength } && Pattern().IsMatch(code);

    public static string Validate(string? code) =>
        IsValid(code)
            ? code!
            : throw new DomainRuleException(
                "list_type.code", $"清单类型代码“{code}”须为小写字母、数字和下划线，如 major_project。", $"List type code '{code}' must be lower-case letters, digits and underscores, e.g. major_project.");

    [GeneratedRegex("^[a-z][a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
