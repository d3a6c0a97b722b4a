namespace CrossRegion.Application.Tasks.ChangeTaskStatus;

public enum TaskStatusAction
{
    /// <summary>销号: every milestone done; the task becomes read-only.</summary>
    Close = 1,

    /// <summary>A closed task becomes active again, with a reason.</summary>
    Reopen = 2,

    /// <summary>Off the ledger, nothing deleted, with a reason.</summary>
    Archive = 3,

    /// <summary>A city's proposal (draft) goes on the ledger.</summary>
    Accept = 4,

    /// <summary>A city's proposal is turned down, with a reason.</summary>
    Reject = 5,
}
