namespace CrossRegion.Domain.Chasing;

/// <summary>
/// The rungs an escalation ladder is built from, lowest first. Which of them a jurisdiction uses, in what order
/// and after how many working days, is configuration (<c>Chase:Ladders</c>).
/// </summary>
public enum LadderLevel
{
    /// <summary>The responsible unit's officer (经办人).</summary>
    DepartmentOfficer = 1,

    /// <summary>The responsible unit's head (部门负责人).</summary>
    DepartmentHead = 2,

    /// <summary>The city's coordinator (城市协调人).</summary>
    CityCoordinator = 3,

    /// <summary>The city's leader in charge (分管领导).</summary>
    CityLeadership = 4,

    /// <summary>
    /// The task force holding the task (专班): its lead unit's officers and heads. An obligation of a task no task force
    /// holds (or whose task force's lead unit belongs to no party) passes over this rung (ADR 0024).
    /// </summary>
    TaskForce = 5,

    /// <summary>The joint office (联合办公室).</summary>
    JointOffice = 6,

    /// <summary>On the agenda of the next joint meeting (联席会议).</summary>
    JointMeeting = 7,
}
