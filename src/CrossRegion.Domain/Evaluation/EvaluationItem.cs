namespace CrossRegion.Domain.Evaluation;

/// <summary>
/// One judged thing an evaluation scores, traceable to the ledger: a party's part of a milestone, a monthly report it
/// owed, a notice it was sent, an indicator it owns; its outcome (as judged, or as an upheld appeal changed it) and the
/// weight of the list its task is on. A responsible unit is credited with its party's items (<see cref="Departments"/>).
/// </summary>
public sealed class EvaluationItem
{
    private EvaluationItem()
    {
        Section = Jurisdiction = Departments = Subject = SubjectRef = Outcome = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid RunId { get; private set; }

    /// <summary>The item's number in its run, in the order it was judged: the key a breakdown is paged by.</summary>
    public int Seq { get; private set; }

    /// <summary>milestones, reports, notices or indicators (<see cref="SchemeRules.Outcomes"/>).</summary>
    public string Section { get; private set; }

    public string Jurisdiction { get; private set; }

    /// <summary>The ids of the party's units on the task, space-separated (none for an indicator).</summary>
    public string Departments { get; private set; }

    public string? TaskKey { get; private set; }
    public string? ListType { get; private set; }

    /// <summary>What was judged, as a person reads it: the milestone's title, the report's month, the notice's number, the indicator.</summary>
    public string Subject { get; private set; }

    /// <summary>Its id in the ledger: the milestone's, the report period, the notice's number or id, the indicator's code.</summary>
    public string SubjectRef { get; private set; }

    public DateOnly? DueOn { get; private set; }
    public decimal Weight { get; private set; }
    public string Outcome { get; private set; }

    /// <summary>The outcome as judged from the ledger, when an upheld appeal changed it.</summary>
    public string? JudgedOutcome { get; private set; }

    public static EvaluationItem Create(
        Guid runId, string section, string jurisdiction, IEnumerable<Guid> departments, string? taskKey, string? listType, string subject, string subjectRef,
        DateOnly? dueOn, decimal weight, string outcome) => new()
    {
        Id = Guid.CreateVersion7(),
        RunId = runId,
        Section = section,
        Jurisdiction = jurisdiction,
        Departments = string.Join(' ', departments.Order()),
        TaskKey = taskKey,
        ListType = listType,
        Subject = subject.Length > 300 ? subject[..300] : subject,
        SubjectRef = subjectRef,
        DueOn = dueOn,
        Weight = weight,
        Outcome = outcome,
    };

    /// <summary>Numbers the item as the run stores it (items are written in bulk, so the store counts them).</summary>
    public EvaluationItem NumberedAs(int seq)
    {
        Seq = seq;
        return this;
    }

    public IEnumerable<Guid> DepartmentIds => Departments.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse);

    internal void ChangeOutcome(string outcome)
    {
        JudgedOutcome ??= Outcome;
        Outcome = outcome;
    }
}
