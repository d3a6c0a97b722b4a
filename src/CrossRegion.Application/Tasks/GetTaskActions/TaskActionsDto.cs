namespace CrossRegion.Application.Tasks.GetTaskActions;

/// <param name="Party">The party the caller speaks for on this task (their city), or null.</param>
/// <param name="Version">The task's version the answer was computed on (its ETag).</param>
/// <param name="MayReport">月调度: the caller's party is a responsible party and the caller may report for it.</param>
/// <param name="MayComment">A comment every party reads.</param>
/// <param name="MayNote">A note only the caller's own city reads.</param>
/// <param name="MayWaive">The joint office may waive a party's sign-off.</param>
/// <param name="MayDecideExtensions">The joint office may approve or reject the pending extension requests.</param>
/// <param name="StatusActions">The joint office's decisions on the task's status the state allows now: accept, reject (a
/// city's proposal), close (销号, every milestone done), reopen (closed), archive.</param>
public sealed record TaskActionsDto(
    string? Party,
    int Version,
    bool MayReport,
    bool MayComment,
    bool MayNote,
    bool MayWaive,
    IReadOnlyList<MilestoneActionsDto> Milestones,
    bool MayDecideExtensions = false,
    IReadOnlyList<string>? StatusActions = null);

/// <param name="MaySignOff">The caller's party owns the milestone and has not confirmed it yet.</param>
/// <param name="MayReject">The caller's party owns the milestone (rejecting reopens it).</param>
/// <param name="MayRequestExtension">The milestone is open, the caller's party owns it and has no request pending.</param>
public sealed record MilestoneActionsDto(Guid Id, bool MaySignOff, bool MayReject, bool MayRequestExtension);
