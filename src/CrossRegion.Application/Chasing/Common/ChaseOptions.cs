using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>Configuration section <c>Chase</c>: when reminders go out, how notices are numbered, and each city's ladder.</summary>
public sealed class ChaseOptions
{
    public const string SectionName = "Chase";

    /// <summary>The ladder used by a jurisdiction that has none of its own.</summary>
    public const string DefaultLadder = "default";

    /// <summary>Working days before a milestone's due date at which its owners are reminded. Default 5 and 1.</summary>
    public List<int> ReminderWorkingDays { get; set; } = [];

    /// <summary>Working days a recipient has to sign for a notice and answer. Default 3.</summary>
    public int ReplyWithinWorkingDays { get; set; } = 3;

    /// <summary>Prefix of a notice's number; the year and serial follow: 联办催字〔2026〕15号.</summary>
    public string NumberPrefix { get; set; } = "联办催字";

    public ReportChaseOptions Reports { get; set; } = new();

    /// <summary>Whether asks to higher levels still unanswered past their follow-up day are chased. Default on.</summary>
    public bool Asks { get; set; } = true;

    /// <summary>
    /// Whether issues still unanswered past their reply-by day are chased, on the side of the addressee (a unit's city, a
    /// task force's lead unit's city). Default on.
    /// </summary>
    public bool Issues { get; set; } = true;

    /// <summary>
    /// Escalation ladders by jurisdiction code, plus <c>default</c>. Rung 0 is the first formal notice, sent once the
    /// obligation is that many working days overdue; each later rung follows that many working days after the one
    /// before, unless the obligation is met or the notice was signed for (which restarts the count).
    /// </summary>
    public Dictionary<string, List<LadderRung>> Ladders { get; set; } = [];

    public IReadOnlyList<int> EffectiveReminderWorkingDays =>
        (ReminderWorkingDays.Count > 0 ? ReminderWorkingDays : [5, 1]).Distinct().OrderDescending().ToList();

    public IReadOnlyList<LadderRung> LadderFor(string jurisdictionCode) =>
        Ladders.TryGetValue(jurisdictionCode, out var own) && own.Count > 0 ? own
        : Ladders.TryGetValue(DefaultLadder, out var configured) && configured.Count > 0 ? configured
        : jurisdictionCode == JurisdictionCodes.Dazhou ? SichuanDefault : ChongqingDefault;

    /// <summary>Wanzhou, Kaizhou and Yunyang (Chongqing): unit, its head, the city, the joint office, the joint meeting.</summary>
    public static readonly IReadOnlyList<LadderRung> ChongqingDefault =
    [
        new() { Level = LadderLevel.DepartmentOfficer, AfterWorkingDays = 1 },
        new() { Level = LadderLevel.DepartmentHead, AfterWorkingDays = 3 },
        new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 5 },
        new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 5 },
        new() { Level = LadderLevel.JointMeeting, AfterWorkingDays = 10 },
    ];

    /// <summary>Dazhou (Sichuan) puts the city's leader in charge between its coordinator and the joint office.</summary>
    public static readonly IReadOnlyList<LadderRung> SichuanDefault =
    [
        new() { Level = LadderLevel.DepartmentOfficer, AfterWorkingDays = 1 },
        new() { Level = LadderLevel.DepartmentHead, AfterWorkingDays = 3 },
        new() { Level = LadderLevel.CityCoordinator, AfterWorkingDays = 3 },
        new() { Level = LadderLevel.CityLeadership, AfterWorkingDays = 5 },
        new() { Level = LadderLevel.JointOffice, AfterWorkingDays = 5 },
        new() { Level = LadderLevel.JointMeeting, AfterWorkingDays = 10 },
    ];

    /// <summary>What is wrong with the configuration, or nothing.</summary>
    public IEnumerable<string> Problems()
    {
        if (ReminderWorkingDays.Exists(d => d < 1))
        {
            yield return "Chase:ReminderWorkingDays must be positive.";
        }

        if (ReplyWithinWorkingDays < 1)
        {
            yield return "Chase:ReplyWithinWorkingDays must be at least 1.";
        }

        if (Reports.DueDay is < 1 or > 28)
        {
            yield return "Chase:Reports:DueDay must be between 1 and 28.";
        }

        if (Reports.ReminderWorkingDays.Exists(d => d < 1) || Reports.LookbackMonths is < 1 or > 24)
        {
            yield return "Chase:Reports:ReminderWorkingDays must be positive and LookbackMonths between 1 and 24.";
        }

        foreach (var (code, ladder) in Ladders)
        {
            if (ladder.Count == 0 || ladder.Exists(r => r.AfterWorkingDays < 1))
            {
                yield return $"Chase:Ladders:{code} needs at least one rung, each after at least one working day.";
            }

            if (ladder.Zip(ladder.Skip(1)).Any(pair => pair.Second.Level <= pair.First.Level))
            {
                yield return $"Chase:Ladders:{code} must climb: each rung's level above the one before.";
            }

            if (ladder.Count > 0 && ladder[0].Level == LadderLevel.TaskForce)
            {
                yield return $"Chase:Ladders:{code} cannot start at the task force: the first notice goes to the party that owes.";
            }
        }
    }
}
