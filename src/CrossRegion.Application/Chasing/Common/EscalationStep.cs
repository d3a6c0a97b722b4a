using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>
/// Rung n: a notice at <see cref="Level"/> wherever the notice at <see cref="FromLevel"/> (the rung below) still stands
/// unmet with its basis on or before <see cref="BasisThrough"/>. Rungs are known by their level, not their position: a
/// rung inserted into a ladder in use renumbers the positions but re-issues nothing (ADR 0012, amended).
/// <see cref="TaskForce"/> says which tasks the step applies to: the task-force rung only to tasks a task force holds,
/// the step passing over it only to the others (ADR 0024).
/// </summary>
public sealed record EscalationStep(
    NoticeSubject Subject, string Jurisdiction, int ToRung, LadderLevel FromLevel, LadderLevel Level, DateOnly BasisThrough, DateOnly ReplyBy,
    TaskForceCondition TaskForce = TaskForceCondition.Any)
    : ChaseStep(Subject, NoticeKind.Notice, ToRung);

/// <summary>Which tasks an escalation step applies to, by whether a task force holds them.</summary>
public enum TaskForceCondition
{
    /// <summary>Every task.</summary>
    Any,

    /// <summary>Tasks held by a task force whose lead unit belongs to a party: the task-force rung.</summary>
    Held,

    /// <summary>The other tasks: the rung after the task-force rung, climbing straight from the rung below it.</summary>
    NotHeld,
}
