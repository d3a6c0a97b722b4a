using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.TaskForces;

/// <summary>
/// 专班 / 专项工作组: a programme's working group for a field (transport, industry, ecology, public services …), with a
/// lead unit, member units from the programme's cities, a convener (召集人), and the tasks it is given. Programme data:
/// whoever sees the programme reads it; the tasks it holds are read as tasks are (by participation). Each change moves
/// <see cref="Revision"/>, its concurrency token and ETag.
/// </summary>
public sealed class TaskForce
{
    public const int CodeMaxLength = 32;

    private readonly List<TaskForceTask> _tasks = [];

    private TaskForce()
    {
        Code = ProgrammeCode = CategoryCode = NameZh = NameEn = ConvenerName = ConvenerPost = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Its code, e.g. WDK-TF-TRANSPORT (unique).</summary>
    public string Code { get; private set; }

    public string ProgrammeCode { get; private set; }

    /// <summary>The field it works in: a catalogue category code, the same 领域 tasks carry.</summary>
    public string CategoryCode { get; private set; }

    public string NameZh { get; private set; }
    public string NameEn { get; private set; }

    /// <summary>The lead unit (牵头单位): one of the member units.</summary>
    public Guid LeadUnitId { get; private set; }

    /// <summary>Its member units (成员单位), the lead unit among them.</summary>
    public List<Guid> MemberUnitIds { get; private set; } = [];

    /// <summary>The convener (召集人): a person of the lead unit, by name and post.</summary>
    public string ConvenerName { get; private set; }

    public string ConvenerPost { get; private set; }

    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Revision { get; private set; }

    public IReadOnlyList<TaskForceTask> Tasks => _tasks;

    public static TaskForce Form(
        string code, string programme, string category, string nameZh, string nameEn, Guid leadUnit, IEnumerable<Guid> members, string convenerName,
        string convenerPost, string by, DateTimeOffset at)
    {
        var force = new TaskForce
        {
            Id = Guid.CreateVersion7(),
            Code = Guard.Text(code, "code", CodeMaxLength),
            ProgrammeCode = Guard.Text(programme, "programme", 16),
            CreatedBy = Guard.Text(by, "by", 128),
            CreatedAt = at,
        };
        force.Set(category, nameZh, nameEn, leadUnit, members, convenerName, convenerPost);
        force.Revision = 1;
        return force;
    }

    /// <summary>Renames it, moves it to another field, changes its lead, members or convener.</summary>
    public void Change(string category, string nameZh, string nameEn, Guid leadUnit, IEnumerable<Guid> members, string convenerName, string convenerPost)
    {
        Set(category, nameZh, nameEn, leadUnit, members, convenerName, convenerPost);
        Revision++;
    }

    /// <summary>Gives it a task of its programme (the handler checks the programme); once.</summary>
    public TaskForceTask Assign(Guid taskId, string by, DateTimeOffset at)
    {
        if (_tasks.Exists(t => t.TaskId == taskId))
        {
            throw new DomainRuleException("task_force.task.duplicate", "该任务已由本专班负责。", "The task force already holds the task.");
        }

        var link = new TaskForceTask(Id, taskId, Guard.Text(by, "by", 128), at);
        _tasks.Add(link);
        Revision++;
        return link;
    }

    /// <summary>Takes a task off it.</summary>
    public void Release(Guid taskId)
    {
        if (_tasks.RemoveAll(t => t.TaskId == taskId) == 0)
        {
            throw new DomainRuleException("task_force.not_assigned", "该任务不由本专班负责。", "The task force does not hold the task.");
        }

        Revision++;
    }

    private void Set(string category, string nameZh, string nameEn, Guid leadUnit, IEnumerable<Guid> members, string convenerName, string convenerPost)
    {
        CategoryCode = Guard.Text(category, "field", 32);
        NameZh = Guard.Text(nameZh, "name_zh", 100);
        NameEn = Guard.Text(nameEn, "name_en", 200);
        ConvenerName = Guard.Text(convenerName, "convener_name", 64);
        ConvenerPost = Guard.Text(convenerPost, "convener_post", 128);
        LeadUnitId = leadUnit;
        MemberUnitIds = members.Append(leadUnit).Distinct().Order().ToList();
    }
}

/// <summary>A task a task force holds.</summary>
public sealed class TaskForceTask
{
    private TaskForceTask()
    {
        AssignedBy = string.Empty;
    }

    internal TaskForceTask(Guid taskForceId, Guid taskId, string by, DateTimeOffset at)
    {
        TaskForceId = taskForceId;
        TaskId = taskId;
        AssignedBy = by;
        AssignedAt = at;
    }

    public Guid TaskForceId { get; private set; }
    public Guid TaskId { get; private set; }
    public string AssignedBy { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
}
