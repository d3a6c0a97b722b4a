using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// One approval or assurance a project needs before it may start construction (前期工作): 工可 / 可研, 用地预审, 环评,
/// 规划选址, 资金落实 or another named one, for which one party answers, with its state, the day it reached it and the
/// approving document. Reached through its task (the task's filter covers it); every change moves the task's version.
/// </summary>
public sealed class PreparationItem
{
    private PreparationItem()
    {
        Name = JurisdictionCode = UpdatedBy = string.Empty;
    }

    internal PreparationItem(Guid taskId, PreparationKind kind, string? name, string jurisdictionCode, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        TaskId = taskId;
        Kind = kind;
        Name = kind == PreparationKind.Other ? Guard.Text(name, "name", 100) : Guard.OptionalText(name, "name", 100) ?? string.Empty;
        JurisdictionCode = jurisdictionCode;
        State = PreparationState.NotStarted;
        UpdatedBy = Guard.Text(by, "by", 128);
        UpdatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TaskId { get; private set; }
    public PreparationKind Kind { get; private set; }

    /// <summary>The item's own name: required for <see cref="PreparationKind.Other"/>, else a qualifier or empty.</summary>
    public string Name { get; private set; }

    /// <summary>The party answering for the item.</summary>
    public string JurisdictionCode { get; private set; }

    public PreparationState State { get; private set; }

    /// <summary>The day it reached its state (required when approved).</summary>
    public DateOnly? On { get; private set; }

    /// <summary>The approving document (批复文号), when approved.</summary>
    public string? Document { get; private set; }

    public string? Note { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>What the item is called: its own name, or its kind's (with the qualifier, if any).</summary>
    public string LabelZh => Kind == PreparationKind.Other ? Name : Name.Length > 0 ? $"{KindZh(Kind)}（{Name}）" : KindZh(Kind);

    public string LabelEn => Kind == PreparationKind.Other ? Name : Name.Length > 0 ? $"{KindEn(Kind)} ({Name})" : KindEn(Kind);

    public static string KindZh(PreparationKind kind) => kind switch
    {
        PreparationKind.Feasibility => "工可/可研",
        PreparationKind.LandPreReview => "用地预审",
        PreparationKind.EnvironmentalAssessment => "环评",
        PreparationKind.SiteSelection => "规划选址",
        PreparationKind.Funding => "资金落实",
        _ => "其他",
    };

    public static string KindEn(PreparationKind kind) => kind switch
    {
        PreparationKind.Feasibility => "Feasibility study",
        PreparationKind.LandPreReview => "Land-use pre-review",
        PreparationKind.EnvironmentalAssessment => "Environmental assessment",
        PreparationKind.SiteSelection => "Site selection",
        PreparationKind.Funding => "Funding secured",
        _ => "Other",
    };

    /// <summary>Settled: approved, or found not needed. A project starts construction only when every item is settled.</summary>
    public bool IsSettled => State is PreparationState.Approved or PreparationState.NotNeeded;

    internal void Set(PreparationState state, DateOnly? on, string? document, string? note, DateOnly today, string by, DateTimeOffset at)
    {
        if (!Enum.IsDefined(state))
        {
            throw new DomainRuleException("preparation.state", "未知的前期事项状态。", "Unknown preparation state.");
        }

        if (state == PreparationState.Approved && on is null)
        {
            throw new DomainRuleException("preparation.on", "已批复的事项须填写批复日期。", "An approved item needs the day it was approved.");
        }

        if (on > today)
        {
            throw new DomainRuleException("preparation.on", "日期不能晚于今天（北京时间）。", "The day cannot be after today (Beijing time).");
        }

        if (state == PreparationState.NotNeeded && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainRuleException("preparation.note", "标为无需办理时须说明理由。", "Say why the item is not needed.");
        }

        State = state;
        On = on;
        Document = state == PreparationState.Approved ? Guard.OptionalText(document, "document", 200) : null;
        Note = Guard.OptionalText(note, "note", 500);
        UpdatedBy = Guard.Text(by, "by", 128);
        UpdatedAt = at;
    }
}

/// <summary>The kinds of 前期 work the lists and the plan name.</summary>
public enum PreparationKind
{
    /// <summary>工可 / 可研: (pre-)feasibility study approved.</summary>
    Feasibility = 1,

    /// <summary>用地预审: land-use pre-review.</summary>
    LandPreReview = 2,

    /// <summary>环评: environmental impact assessment.</summary>
    EnvironmentalAssessment = 3,

    /// <summary>规划选址: planning and site selection.</summary>
    SiteSelection = 4,

    /// <summary>资金落实: funding secured.</summary>
    Funding = 5,

    /// <summary>Another item, named.</summary>
    Other = 6,
}

public enum PreparationState
{
    NotStarted = 1,
    InProgress = 2,

    /// <summary>批复 / 落实: approved or secured.</summary>
    Approved = 3,

    /// <summary>Not needed for this project (with the reason).</summary>
    NotNeeded = 4,
}
