using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Asks;

/// <summary>
/// 争取 / 报批: what a task's parties ask of a body above them — inclusion in a national plan, an approval, funding, a
/// quota, a pilot status — of one or more addressees (a dual-province approval is one ask with two), submitted by one
/// or more of the task's cities together (联合报批). Drafted, submitted (date, reference), then accepted (受理) on the way,
/// and won (included / approved, with the answering document) or refused; withdrawn with a reason while open. Each
/// change moves <see cref="Revision"/>, its concurrency token and ETag.
/// </summary>
public sealed class Ask : IRecordedRow
{
    private Ask()
    {
        Subject = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }

    /// <summary>The milestone it is for (a "获批" milestone), if any.</summary>
    public Guid? MilestoneId { get; private set; }

    public AskKind Kind { get; private set; }

    /// <summary>What is asked, as the documents put it ("争取纳入国家骨干冷链物流基地支持范围").</summary>
    public string Subject { get; private set; }

    /// <summary>Organisation codes of the bodies asked (at least one).</summary>
    public List<string> Addressees { get; private set; } = [];

    /// <summary>The task's cities that submit it (at least one; several for 联合报批).</summary>
    public List<string> Submitters { get; private set; } = [];

    public AskStatus Status { get; private set; }
    public DateOnly? SubmittedOn { get; private set; }
    public string? SubmittedReference { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public string? AnswerReference { get; private set; }

    /// <summary>The answering document (批复 / 纳入文件) for a won ask.</summary>
    public string? AnswerDocument { get; private set; }

    /// <summary>Why it was refused or withdrawn.</summary>
    public string? Reason { get; private set; }

    /// <summary>When an answer is due to be chased (Beijing date); null: not chased.</summary>
    public DateOnly? FollowUpOn { get; private set; }

    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Revision { get; private set; }

    /// <summary>The states in which an ask awaits the answer from above: chased past its follow-up day, counted as awaiting.</summary>
    public static readonly IReadOnlyList<AskStatus> AwaitingAnswer = [AskStatus.Submitted, AskStatus.Accepted];

    public bool IsOpen => Status == AskStatus.Drafted || AwaitingAnswer.Contains(Status);

    /// <summary>Overdue: awaiting its answer and the follow-up day (Beijing) has passed.</summary>
    public static bool IsOverdue(AskStatus status, DateOnly? followUpOn, DateOnly today) => AwaitingAnswer.Contains(status) && followUpOn < today;

    public static Ask Draft(
        Guid taskId, Guid? milestoneId, AskKind kind, string subject, IEnumerable<string> addressees, IEnumerable<string> submitters, DateOnly? followUpOn,
        string by, DateTimeOffset at)
    {
        var ask = new Ask
        {
            Id = Guid.CreateVersion7(),
            TaskId = taskId,
            MilestoneId = milestoneId,
            Kind = kind,
            Subject = Guard.Text(subject, "subject", 500),
            Addressees = addressees.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Submitters = submitters.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Status = AskStatus.Drafted,
            FollowUpOn = followUpOn,
            CreatedBy = Guard.Text(by, "by", 128),
            CreatedAt = at,
            Revision = 1,
        };
        if (ask.Addressees.Count == 0 || ask.Submitters.Count == 0)
        {
            throw new DomainRuleException("ask.parties", "争取事项须有至少一个报送地区和一个争取对象。", "An ask has at least one submitting city and one addressee.");
        }

        return ask;
    }

    /// <summary>报送: from a draft, on a day not in the future, with the reference it went under.</summary>
    public void Submit(DateOnly on, string? reference, DateOnly? followUpOn, DateOnly today)
    {
        Expect(AskStatus.Drafted, "只有草稿可以报送。", "Only a draft is submitted.");
        if (on > today)
        {
            throw new DomainRuleException("ask.date", "报送日期不能晚于今天。", "The day it was submitted cannot be after today.");
        }

        (Status, SubmittedOn, SubmittedReference) = (AskStatus.Submitted, on, Guard.OptionalText(reference, "reference", 128));
        SetFollowUp(followUpOn ?? FollowUpOn);
        Revision++;
    }

    /// <summary>The answer from above: accepted (受理, still open), included or approved (won, with the document), or refused (with the reason).</summary>
    public void Answer(AskStatus outcome, DateOnly on, string? reference, string? document, string? reason, DateOnly? followUpOn, DateOnly today)
    {
        if (!AwaitingAnswer.Contains(Status))
        {
            throw new DomainRuleException("ask.state", "只有已报送（或已受理）的事项可以登记答复。", "Only a submitted (or accepted) ask gets an answer.");
        }

        if (outcome is not (AskStatus.Accepted or AskStatus.Included or AskStatus.Approved or AskStatus.Refused) || (outcome == AskStatus.Accepted && Status == AskStatus.Accepted))
        {
            throw new DomainRuleException("ask.outcome", "答复须为受理、纳入、获批或未获支持。", "The answer is accepted, included, approved or refused.");
        }

        if (on > today || on < SubmittedOn)
        {
            throw new DomainRuleException("ask.date", "答复日期须在报送之后、不晚于今天。", "The answer's day is after the submission and not after today.");
        }

        if (outcome is AskStatus.Included or AskStatus.Approved && string.IsNullOrWhiteSpace(document))
        {
            throw new DomainRuleException("ask.document", "纳入或获批须写明批复文件。", "An inclusion or approval names the document that granted it.");
        }

        if (outcome == AskStatus.Refused && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("ask.reason", "未获支持须写明原因。", "A refusal states its reason.");
        }

        (Status, AnsweredOn, AnswerReference) = (outcome, on, Guard.OptionalText(reference, "reference", 128));
        AnswerDocument = Guard.OptionalText(document, "document", 300);
        Reason = Guard.OptionalText(reason, "reason", 1000);
        SetFollowUp(outcome == AskStatus.Accepted ? followUpOn ?? FollowUpOn : null);
        Revision++;
    }

    /// <summary>撤回 while open, with the reason.</summary>
    public void Withdraw(string reason)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("ask.state", "事项已有结果，不能撤回。", "The ask has its answer and cannot be withdrawn.");
        }

        (Status, Reason, FollowUpOn) = (AskStatus.Withdrawn, Guard.Text(reason, "reason", 1000), null);
        Revision++;
    }

    /// <summary>Moves the follow-up date of an open ask.</summary>
    public void FollowUp(DateOnly? on)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("ask.state", "事项已有结果，无需跟进。", "The ask has its answer; there is nothing to follow up.");
        }

        SetFollowUp(on);
        Revision++;
    }

    private void SetFollowUp(DateOnly? on)
    {
        if (on is { } day && SubmittedOn is { } submitted && day < submitted)
        {
            throw new DomainRuleException("ask.follow_up", "跟进日期不能早于报送日期。", "The follow-up day cannot be before the submission.");
        }

        FollowUpOn = on;
    }

    private void Expect(AskStatus status, string zh, string en)
    {
        if (Status != status)
        {
            throw new DomainRuleException("ask.state", zh, en);
        }
    }
}

public enum AskKind
{
    /// <summary>纳入: into a national or provincial plan, a list, a support scope.</summary>
    Inclusion = 1,

    /// <summary>审批 / 核准: an approval of a project or a plan.</summary>
    Approval = 2,

    /// <summary>资金: funding, a subsidy, a bond quota.</summary>
    Funding = 3,

    /// <summary>指标: a quota (land, energy, emissions).</summary>
    Quota = 4,

    /// <summary>试点 / 授牌: a pilot or demonstration status.</summary>
    Pilot = 5,

    /// <summary>支持: support of another kind (a state enterprise's investment, a policy).</summary>
    Support = 6,
}

public enum AskStatus
{
    Drafted = 1,
    Submitted = 2,

    /// <summary>受理: taken up, not yet answered.</summary>
    Accepted = 3,

    /// <summary>纳入: won.</summary>
    Included = 4,

    /// <summary>获批: won.</summary>
    Approved = 5,

    /// <summary>未获支持.</summary>
    Refused = 6,

    Withdrawn = 7,
}
