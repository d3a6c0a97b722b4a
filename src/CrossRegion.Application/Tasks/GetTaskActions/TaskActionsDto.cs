namespace CrossRegion.Application.Tasks.GetTaskActions;

/// <param name="Party">The party the caller speaks for on this task (their city), or null.</param>
/// <param name="Version">The task's version the answer was computed on (its ETag).</param>
/// <param name="MayReport">月调度: the caller's party is a responsible party and the caller may report for it.</param>
/// <param name="MayComment">A comment every party reads.</param>
/// <param name="MayNote">A note only the caller's own city reads.</param>
/// <param name="MayWaive">Who runs the programme (the joint office; a city's coordinators for its own) may waive a party's sign-off.</param>
/// <param name="MayDecideExtensions">Who runs the programme may approve or reject the pending extension requests.</param>
/// <param name="StatusActions">The decisions on the task's status the state allows now, for whoever runs the programme:
/// accept, reject (a city's proposal), close (销号, every milestone done), reopen (closed), archive.</param>
/// <param name="MayEdit">The caller runs the task's programme and may edit its definition (parties, milestones, targets, list columns).</param>
public sealed record TaskActionsDto(
    string? Party,
    int Version,
    bool MayReport,
    bool MayComment,
    bool MayNote,
    bool MayWaive,
    IReadOnlyList<MilestoneActionsDto> Milestones,
    bool MayDecideExtensions = false,
    IReadOnlyList<string>? StatusActions = null,
    bool MayEdit = false);

/// <param name="MaySignOff">The caller's party owns the milestone and has not confirmed it yet.</param>
/// <param name="MayReject">The caller's party owns the milestone (rejecting reopens it).</param>
/// <param name="MayRequestExtension">The milestone is open, the caller's party owns it and has no request pending.</param>
public sealed record MilestoneActionsDto(Guid Id, bool MaySignOff, bool MayReject, bool MayRequestExtension);
