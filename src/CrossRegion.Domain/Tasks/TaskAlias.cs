namespace CrossRegion.Domain.Tasks;

/// <summary>Another name the same task goes by (one road has four names).</summary>
public sealed class TaskAlias
{
    private TaskAlias()
    {
        Name = string.Empty;
    }

    internal TaskAlias(Guid taskId, string name)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        Name = name;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public string Name { get; private set; }
}
