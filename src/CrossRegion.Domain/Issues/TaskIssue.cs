using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Issues;

/// <summary>
/// 问题协调 / 清障: what blocks a task, raised by one of its parties and addressed to whoever can clear it — a unit of a
/// party, a task force led by a party's unit, the joint office running the programme, or an organisation above the
/// cities that the task names — with the help needed and a reply-by day. Answered by the addressee, then closed (销号)
/// by the raiser or reopened with a reason and a new reply-by day; withdrawn by the raiser while open. Each change moves
/// <see cref="Revision"/>, its concurrency token and ETag.
/// </summary>
public sealed class TaskIssue : IRecordedRow
{
    private TaskIssue()
    {
        RaisedBy = Subject = HelpNeeded = CreatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }

    /// <summary>The milestone it holds up, if any.</summary>
    public Guid? MilestoneId { get; private set; }

    /// <summary>The raising party's jurisdiction code.</summary>
    public string RaisedBy { get; private set; }

    /// <summary>What blocks the task (问题).</summary>
    public string Subject { get; private set; }

    /// <summary>The help it needs (需协调事项).</summary>
    public string HelpNeeded { get; private set; }

    public IssueAddressee AddresseeKind { get; private set; }

    /// <summary>The addressee's code: a unit's, a task force's or an organisation's; null for the joint office.</summary>
    public string? AddresseeCode { get; private set; }

    /// <summary>The city that answers for the addressee (a unit's, a task force's lead unit's); null for the joint office and an organisation.</summary>
    public string? AddresseeJurisdiction { get; private set; }

    /// <summary>The day an answer is due (Beijing date).</summary>
    public DateOnly ReplyBy { get; private set; }

    public IssueStatus Status { get; private set; }
    public string? Answer { get; private set; }
    public string? AnsweredBy { get; private set; }
    public DateOnly? AnsweredOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>Why it was reopened or withdrawn (the latest).</summary>
    public string? Reason { get; private set; }

    /// <summary>How many times the raiser reopened it.</summary>
    public int Reopened { get; private set; }

    public string CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Revision { get; private set; }

    /// <summary>For a 要素 request (要素保障): what is asked for — land quota, energy, funds, environmental capacity — else null.</summary>
    public FactorKind? FactorKind { get; private set; }

    /// <summary>How much is asked for, in <see cref="FactorUnit"/>.</summary>
    public decimal? FactorAmount { get; private set; }

    /// <summary>The measure unit of the amount (亩, 万千瓦时, 万立方米, 万元 …).</summary>
    public string? FactorUnit { get; private set; }

    /// <summary>The answer to a 要素 request: granted, partly granted or refused.</summary>
    public FactorOutcome? FactorOutcome { get; private set; }

    /// <summary>How much was granted, in <see cref="FactorUnit"/>.</summary>
    public decimal? GrantedAmount { get; private set; }

    /// <summary>The granting document (批复文号), if any.</summary>
    public string? GrantDocument { get; private set; }

    /// <summary>Overdue: still open (unanswered) and the reply-by day (Beijing) has passed.</summary>
    public static bool IsOverdue(IssueStatus status, DateOnly replyBy, DateOnly today) => status == IssueStatus.Open && replyBy < today;

    public static TaskIssue Raise(
        Guid taskId, Guid? milestoneId, string raisedBy, string subject, string helpNeeded, IssueAddressee kind, string? code, string? addresseeJurisdiction,
        DateOnly replyBy, DateOnly today, string by, DateTimeOffset at, FactorRequest? factor = null)
    {
        EnsureAhead(replyBy, today);
        if (factor is not null && (!Enum.IsDefined(factor.Kind) || factor.Amount <= 0))
        {
            throw new DomainRuleException("factor.amount", "要素需求须写明类别和大于零的数量。", "A factor request names its kind and an amount above zero.");
        }

        return new TaskIssue
        {
            FactorKind = factor?.Kind,
            FactorAmount = factor?.Amount,
            FactorUnit = factor is null ? null : Guard.Text(factor.Unit, "factor.unit", 16),
            Id = Guid.CreateVersion7(),
            TaskId = taskId,
            MilestoneId = milestoneId,
            RaisedBy = Guard.Text(raisedBy, "raised_by", 8),
            Subject = Guard.Text(subject, "subject", 500),
            HelpNeeded = Guard.Text(helpNeeded, "help_needed", 2000),
            AddresseeKind = kind,
            AddresseeCode = kind == IssueAddressee.JointOffice ? null : Guard.Text(code!, "addressee", 64),
            AddresseeJurisdiction = addresseeJurisdiction,
            ReplyBy = replyBy,
            Status = IssueStatus.Open,
            CreatedBy = Guard.Text(by, "by", 128),
            CreatedAt = at,
            Revision = 1,
        };
    }

    /// <summary>
    /// The addressee's answer (答复): what was done or decided; for a 要素 request also what it grants — all it asked
    /// (the amount asked unless said), part of it (an amount below it) or nothing.
    /// </summary>
    public void AnswerWith(string answer, string by, DateOnly on, FactorGrant? grant = null)
    {
        if (Status != IssueStatus.Open)
        {
            throw new DomainRuleException("issue.state", "只有待答复的问题可以答复。", "Only an open issue is answered.");
        }

        if ((grant is null) != (FactorKind is null))
        {
            throw grant is null
                ? new DomainRuleException("factor.grant", "答复要素需求须说明保障结果（全部、部分或不予保障）。", "Answer a factor request with what it grants (granted, partly granted or refused).")
                : new DomainRuleException("factor.grant", "该问题不是要素需求，无需保障结果。", "The issue is no factor request; it takes no grant.");
        }

        if (grant is not null)
        {
            var granted = grant.Outcome switch
            {
                Issues.FactorOutcome.Granted => grant.Amount ?? FactorAmount,
                Issues.FactorOutcome.Refused => 0m,
                _ => grant.Amount,
            };
            if (!Enum.IsDefined(grant.Outcome) || granted is not { } amount || amount < 0
                || (grant.Outcome == Issues.FactorOutcome.PartlyGranted && (amount <= 0 || amount >= FactorAmount)))
            {
                throw new DomainRuleException(
                    "factor.grant", "部分保障须写明大于零且小于所需数量的保障量。", "A partial grant names an amount above zero and below the amount asked.");
            }

            (FactorOutcome, GrantedAmount, GrantDocument) = (grant.Outcome, granted, Guard.OptionalText(grant.Document, "grant.document", 200));
        }

        (Status, Answer, AnsweredBy, AnsweredOn) = (IssueStatus.Answered, Guard.Text(answer, "answer", 2000), Guard.Text(by, "by", 128), on);
        Revision++;
    }

    /// <summary>销号: the raiser confirms the answer cleared it.</summary>
    public void Close(DateOnly on)
    {
        if (Status != IssueStatus.Answered)
        {
            throw new DomainRuleException("issue.state", "问题答复后才能销号。", "An issue is closed once it has been answered.");
        }

        (Status, ClosedOn) = (IssueStatus.Closed, on);
        Revision++;
    }

    /// <summary>The raiser finds the answer did not clear it (or it came back): open again, with a new reply-by day.</summary>
    public void Reopen(string reason, DateOnly replyBy, DateOnly today)
    {
        if (Status is not (IssueStatus.Answered or IssueStatus.Closed))
        {
            throw new DomainRuleException("issue.state", "只有已答复或已销号的问题可以重新打开。", "Only an answered or closed issue is reopened.");
        }

        EnsureAhead(replyBy, today);
        (Status, Reason, ReplyBy, ClosedOn) = (IssueStatus.Open, Guard.Text(reason, "reason", 1000), replyBy, null);
        (FactorOutcome, GrantedAmount, GrantDocument) = (null, null, null);
        Reopened++;
        Revision++;
    }

    /// <summary>撤回 while open, with the reason.</summary>
    public void Withdraw(string reason)
    {
        if (Status != IssueStatus.Open)
        {
            throw new DomainRuleException("issue.state", "只有待答复的问题可以撤回。", "Only an open issue is withdrawn.");
        }

        (Status, Reason) = (IssueStatus.Withdrawn, Guard.Text(reason, "reason", 1000));
        Revision++;
    }

    private static void EnsureAhead(DateOnly replyBy, DateOnly today)
    {
        if (replyBy < today)
        {
            throw new DomainRuleException("issue.reply_by", "答复期限不能早于今天。", "The reply-by day cannot be before today.");
        }
    }
}

/// <summary>Whom an issue is addressed to.</summary>
public enum IssueAddressee
{
    /// <summary>A unit of one of the task's parties.</summary>
    Unit = 1,

    /// <summary>A task force (专班) led by a unit of one of the task's parties.</summary>
    TaskForce = 2,

    /// <summary>The joint office running the task's programme.</summary>
    JointOffice = 3,

    /// <summary>An organisation above the cities that the task names.</summary>
    Organisation = 4,
}

public enum IssueStatus
{
    /// <summary>Awaiting the addressee's answer.</summary>
    Open = 1,

    Answered = 2,

    /// <summary>销号: confirmed cleared by the raiser.</summary>
    Closed = 3,

    Withdrawn = 4,
}

/// <summary>What a 要素 request asks for: its kind, amount and measure unit.</summary>
public sealed record FactorRequest(FactorKind Kind, decimal Amount, string Unit);

/// <summary>What the addressee grants of a 要素 request: the outcome, the amount (for a partial grant; all asked by default), the document.</summary>
public sealed record FactorGrant(FactorOutcome Outcome, decimal? Amount, string? Document);

/// <summary>The 要素 the plan guarantees major projects (强化重大项目要素保障).</summary>
public enum FactorKind
{
    /// <summary>用地指标: land-use quota.</summary>
    LandQuota = 1,

    /// <summary>用气: natural gas supply.</summary>
    EnergyGas = 2,

    /// <summary>用电: power supply.</summary>
    EnergyPower = 3,

    /// <summary>资金: funds.</summary>
    Funds = 4,

    /// <summary>环境容量: environmental capacity (emission quotas).</summary>
    EnvironmentalCapacity = 5,

    Other = 6,
}

public enum FactorOutcome
{
    Granted = 1,
    PartlyGranted = 2,
    Refused = 3,
}
