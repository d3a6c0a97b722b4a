namespace CrossRegion.Domain.Tasks;

/// <summary>Which official list a task comes from.</summary>
public enum TaskListType
{
    /// <summary>联合重点任务: a jointly issued key task.</summary>
    JointKeyTask = 1,

    /// <summary>重大任务.</summary>
    MajorTask = 2,

    /// <summary>重大项目.</summary>
    MajorProject = 3,

    /// <summary>重大政策.</summary>
    MajorPolicy = 4,

    /// <summary>重大改革.</summary>
    MajorReform = 5,

    /// <summary>重大平台.</summary>
    MajorPlatform = 6,
}
