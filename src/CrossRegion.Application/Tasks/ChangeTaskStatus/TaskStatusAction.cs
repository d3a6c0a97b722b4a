namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

public enum TaskStatusAction
{
    /// <summary>销号: every milestone done; the task becomes read-only.</summary>
    Close = 1,

    /// <summary>A closed task becomes active again, with a reason.</summary>
    Reopen = 2,

    /// <summary>Off the ledger, nothing deleted, with a reason.</summary>
    Archive = 3,
}
