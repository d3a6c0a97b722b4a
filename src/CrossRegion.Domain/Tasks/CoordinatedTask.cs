using CrossRegion.Domain.Common;
using CrossRegion.Domain.Jurisdictions;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A jointly owned task on the ledger. It has no single owner: it is visible to, and worked on by, its parties.
/// </summary>
public sealed partial class CoordinatedTask
{
    private readonly List<TaskAlias> _aliases = [];
    private readonly List<TaskOrganisation> _organisations = [];
    private readonly List<Party> _parties = [];
    private readonly List<AnnualTarget> _targets = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<TaskField> _fields = [];
    private readonly List<StageChange> _stageHistory = [];
    private readonly List<PreparationItem> _preparation = [];
    private readonly List<CostSpend> _spending = [];

    private CoordinatedTask()
    {
        Key = ListType = ProgrammeCode = CategoryCode = TitleZh = TitleEn = PeriodText = MainContent = string.Empty;
    }

    public Guid Id { get; private set; }
    public string Key { get; private set; }

    /// <summary>The code of the list type it is listed under (<see cref="ListTypeCodes"/>; the types are data).</summary>
    public string ListType { get; private set; }

    /// <summary>The year of the list it is listed in (the 2023 list); null for a task of no yearly list.</summary>
    public int? ListYear { get; private set; }

    /// <summary>The same item in the previous year's list, when it carried over from there unfinished.</summary>
    public Guid? PredecessorId { get; private set; }

    /// <summary>For an item of a city's own programme, the joint task it contributes to.</summary>
    public Guid? ContributesToTaskId { get; private set; }
    public string ProgrammeCode { get; private set; }
    public string CategoryCode { get; private set; }
    public string TitleZh { get; private set; }
    public string TitleEn { get; private set; }
    public Guid? ParentTaskId { get; private set; }
    public CoordinatedTask? Parent { get; private set; }

    /// <summary>建设时限 as the source writes it, e.g. "2023—2025年" or "2023年取得阶段性成效".</summary>
    public string PeriodText { get; private set; }

    public int? StartYear { get; private set; }
    public int? EndYear { get; private set; }
    public string MainContent { get; private set; }
    public TaskStage? Stage { get; private set; }
    public CoordinatedTaskStatus Status { get; private set; }
    public string? SourceDocument { get; private set; }
    public int? SourceRow { get; private set; }
    public string? Remarks { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>
    /// Due date of the earliest open milestone, kept by the aggregate whenever a milestone changes. The ledger
    /// reads "next due" and "overdue" from it without touching milestones.
    /// </summary>
    public DateOnly? NextDueDate { get; private set; }

    /// <summary>
    /// Bumped by every change to the task or any part of it: the ETag clients send back in If-Match, and the
    /// concurrency token that makes the second of two concurrent writes fail instead of overwriting the first.
    /// </summary>
    public int Version { get; private set; }

    /// <summary>Why the task was last reopened, archived or (as a proposal) rejected.</summary>
    public string? StatusReason { get; private set; }

    public DateTimeOffset? StatusChangedAt { get; private set; }

    /// <summary>For a task a city proposed: the user who proposed it and the city it was proposed for.</summary>
    public string? ProposedBy { get; private set; }

    public string? ProposedFor { get; private set; }

    public IReadOnlyList<TaskAlias> Aliases => _aliases;

    /// <summary>Organisations above or beside the cities the task names (lead unit, addressee, party).</summary>
    public IReadOnlyList<TaskOrganisation> Organisations => _organisations;
    public IReadOnlyList<Party> Parties => _parties;
    public IReadOnlyList<AnnualTarget> Targets => _targets;
    public IReadOnlyList<Milestone> Milestones => _milestones;

    /// <summary>Its list type's own columns (建设批次, 总投资 …).</summary>
    public IReadOnlyList<TaskField> Fields => _fields;

    /// <summary>A project's stages over time, oldest first.</summary>
    public IReadOnlyList<StageChange> StageHistory => _stageHistory;

    public static CoordinatedTask Create(TaskDefinition definition, IEnumerable<PartySpec> parties, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(parties);
        var task = new CoordinatedTask
        {
            Id = Guid.CreateVersion7(),
            Key = TaskKey.Validate(definition.Key),
            ListType = ListTypeCodes.Validate(definition.ListType),
            ListYear = definition.ListYear,
            ProgrammeCode = Guard.Text(definition.ProgrammeCode, "programme", 16),
            CategoryCode = Guard.Text(definition.CategoryCode, "category", 32),
            TitleZh = Guard.Text(definition.TitleZh, "title_zh", 300),
            TitleEn = Guard.Text(definition.TitleEn, "title_en", 300),
            MainContent = Guard.Text(definition.MainContent, "main_content", 8000),
            Stage = definition.Stage,
            Status = CoordinatedTaskStatus.Active,
            SourceDocument = Guard.OptionalText(definition.SourceDocument, "source_document", 300),
            SourceRow = definition.SourceRow,
            Remarks = Guard.OptionalText(definition.Remarks, "remarks", 2000),
            CreatedAt = now,
        };
        task.SetPeriod(definition.PeriodText, definition.StartYear, definition.EndYear);
        foreach (var party in parties)
        {
            task.AddParty(party);
        }

        task.EnsureResponsibleParty();
        task.Version = 1;
        return task;
    }

    /// <summary>
    /// A city puts an item on the joint list: the task is a draft (no reports, sign-offs or extensions) until the
    /// joint office accepts it. The proposing city must be one of its responsible parties.
    /// </summary>
    public static CoordinatedTask Propose(TaskDefinition definition, IEnumerable<PartySpec> parties, string jurisdictionCode, string by, DateTimeOffset now)
    {
        var task = Create(definition, parties, now);
        if (!task.IsResponsibleParty(jurisdictionCode))
        {
            throw new DomainRuleException(
                "proposal.not_party", $"{jurisdictionCode} 只能提议本方为责任方的任务。", $"{jurisdictionCode} can only propose a task in which it is a responsible party.");
        }

        task.Status = CoordinatedTaskStatus.Draft;
        task.ProposedBy = Guard.Text(by, "proposed_by", 128);
        task.ProposedFor = jurisdictionCode;
        return task;
    }

    /// <summary>
    /// Work handed down from above (ADR 0028): a draft, as a city's proposal is, until the joint office accepts or rejects
    /// it; <paramref name="by"/> is the machine client that sent it, and no city proposed it.
    /// </summary>
    public static CoordinatedTask Assign(TaskDefinition definition, IEnumerable<PartySpec> parties, string by, DateTimeOffset now)
    {
        var task = Create(definition, parties, now);
        task.Status = CoordinatedTaskStatus.Draft;
        task.ProposedBy = Guard.Text(by, "proposed_by", 128);
        return task;
    }

    /// <summary>The joint office accepts a city's proposal: the task goes on the ledger.</summary>
    public void Accept(DateTimeOffset at)
    {
        EnsureDraft();
        ChangeStatus(CoordinatedTaskStatus.Active, null, at);
    }

    /// <summary>The joint office turns a proposal down, with a reason; it stays readable to its parties.</summary>
    public void Reject(string reason, DateTimeOffset at)
    {
        EnsureDraft();
        ChangeStatus(CoordinatedTaskStatus.Rejected, Guard.Text(reason, "reason", 2000), at);
    }

    public void SetPeriod(string text, int? startYear, int? endYear)
    {
        EnsureOpen();
        if (startYear is < 1949 or > 2100 || endYear is < 1949 or > 2100)
        {
            throw new DomainRuleException("task.period_year", "建设时限年份须在 1949 到 2100 之间。", "Period years must be between 1949 and 2100.");
        }

        if (startYear is not null && endYear is not null && endYear < startYear)
        {
            throw new DomainRuleException("task.period_order", "建设时限的结束年份不能早于开始年份。", "The period cannot end before it starts.");
        }

        PeriodText = Guard.Text(text, "period_text", 64);
        StartYear = startYear;
        EndYear = endYear;
        Touch();
    }

    public void AddAlias(string name)
    {
        EnsureOpen();
        var trimmed = Guard.Text(name, "alias", 300);
        if (trimmed == TitleZh || _aliases.Exists(a => a.Name == trimmed))
        {
            return;
        }

        _aliases.Add(new TaskAlias(Id, trimmed));
        Touch();
    }

    /// <summary>Names an organisation of the catalogue (the caller has checked it exists) in one relation.</summary>
    public void NameOrganisation(string organisationCode, OrganisationRelation relation)
    {
        EnsureOpen();
        if (_organisations.Exists(o => o.OrganisationCode == organisationCode && o.Relation == relation))
        {
            throw new DomainRuleException(
                "organisation.duplicate", $"任务 {Key} 已以该身份列明机构“{organisationCode}”。", $"Task {Key} already names '{organisationCode}' in that relation.");
        }

        _organisations.Add(new TaskOrganisation(Id, organisationCode, relation));
        Touch();
    }

    public void UnnameOrganisation(string organisationCode, OrganisationRelation relation)
    {
        EnsureOpen();
        var named = _organisations.Find(o => o.OrganisationCode == organisationCode && o.Relation == relation)
            ?? throw new DomainRuleException(
                "organisation.not_named", $"任务 {Key} 未以该身份列明机构“{organisationCode}”。", $"Task {Key} does not name '{organisationCode}' in that relation.");
        _organisations.Remove(named);
        Touch();
    }

    /// <summary>Makes this task a sub-task of a top-level task; the caller has checked this task has no sub-tasks.</summary>
    public void SetParent(CoordinatedTask parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        EnsureOpen();
        if (parent.Id == Id)
        {
            throw new DomainRuleException("task.parent_self", "任务不能以自身为上级任务。", "A task cannot be its own parent.");
        }

        if (parent.ParentTaskId is not null)
        {
            throw new DomainRuleException("task.parent_depth", "子任务只有一级：上级任务须为顶层任务。", "Sub-tasks are one level deep: the parent must be a top-level task.");
        }

        ParentTaskId = parent.Id;
        Touch();
    }

    /// <summary>Changes the descriptive fields; null leaves a field as it is. Stages change by <see cref="ChangeStage"/>.</summary>
    public void Revise(string? titleZh, string? titleEn, string? mainContent, string? remarks)
    {
        EnsureOpen();
        TitleZh = titleZh is null ? TitleZh : Guard.Text(titleZh, "title_zh", 300);
        TitleEn = titleEn is null ? TitleEn : Guard.Text(titleEn, "title_en", 300);
        MainContent = mainContent is null ? MainContent : Guard.Text(mainContent, "main_content", 8000);
        Remarks = remarks is null ? Remarks : Guard.OptionalText(remarks, "remarks", 2000);
        Touch();
    }

    /// <summary>
    /// Sets one of its list type's own columns (null or blank clears an optional one); the value is checked against
    /// the column's definition. The list type must be the one the task is listed under.
    /// </summary>
    public void SetField(ListType type, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(type);
        EnsureOpen();
        if (type.Code != ListType || type.ProgrammeCode != ProgrammeCode || type.Year != ListYear)
        {
            throw new DomainRuleException("field.list_type", $"任务 {Key} 不在{type.NameZh}中。", $"Task {Key} is not on the list {type.NameEn}.");
        }

        var (text, number) = type.Normalise(key, value);
        var field = _fields.Find(f => f.Key == key);
        if (text is null && number is null)
        {
            if (field is not null)
            {
                _fields.Remove(field);
            }
        }
        else if (field is null)
        {
            _fields.Add(new TaskField(Id, key, text, number));
        }
        else
        {
            field.Set(text, number);
        }

        Touch();
    }

    /// <summary>
    /// Records that the project entered a stage on a day. Stages are dated in order: a change cannot be dated before
    /// the last one, and the stage must differ from the current one. A first stage has no "from". A project enters
    /// construction from preparation only when its 前期 checklist is settled, unless whoever runs the programme overrides
    /// with a reason (kept with the change).
    /// </summary>
    public void ChangeStage(TaskStage to, DateOnly on, string? note, string by, DateTimeOffset at, string? overrideReason = null)
    {
        EnsureOpen();
        if (!Enum.IsDefined(to))
        {
            throw new DomainRuleException("stage.unknown", "未知的项目阶段。", "Unknown stage.");
        }

        if (_stageHistory.Count > 0 && Stage == to)
        {
            throw new DomainRuleException("stage.same", $"任务 {Key} 已处于该阶段。", $"Task {Key} is already at that stage.");
        }

        var last = _stageHistory.Count == 0 ? (DateOnly?)null : _stageHistory.Max(s => s.On);
        if (last is { } previous && on < previous)
        {
            throw new DomainRuleException(
                "stage.date_order", $"阶段变化日期不能早于上一次（{previous:yyyy-MM-dd}）。", $"A stage change cannot be dated before the previous one ({previous:yyyy-MM-dd}).");
        }

        EnsurePrepared(to, overrideReason);
        if (!string.IsNullOrWhiteSpace(overrideReason) && UnsettledPreparation(to).Count > 0)
        {
            note = string.IsNullOrWhiteSpace(note) ? $"越过前期检查：{overrideReason.Trim()}" : $"{note.Trim()}（越过前期检查：{overrideReason.Trim()}）";
        }

        // A stage given when the task was listed, and not yet dated, is what the first dated change moves from; dating
        // that very stage records when it began.
        _stageHistory.Add(new StageChange(Id, Stage == to ? null : Stage, to, on, note, by, at));
        Stage = to;
        Touch();
    }

    /// <summary>
    /// Links a city's own item to the joint task it contributes to (null unlinks). The caller has checked that this task
    /// is of a city's own programme, the other of a joint one, and that the city is a party to it.
    /// </summary>
    public void ContributeTo(CoordinatedTask? joint)
    {
        EnsureOpen();
        if (joint is not null && (joint.Id == Id || joint.ContributesToTaskId is not null))
        {
            throw new DomainRuleException("contribution.target", "只能关联到联合任务。", "An item contributes to a joint task only.");
        }

        ContributesToTaskId = joint?.Id;
        Touch();
    }

    /// <summary>The item continues the given one from the previous year's list (结转); called on the new task only.</summary>
    public void ContinueFrom(CoordinatedTask previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (previous.Id == Id || (previous.ListYear is { } from && ListYear is { } to && from >= to))
        {
            throw new DomainRuleException("carry_over.year", "只能结转到更晚年度的清单。", "An item carries over to a later year's list only.");
        }

        PredecessorId = previous.Id;
        Touch();
    }

    /// <summary>销号: the joint office closes the task once every milestone is done; it is then read-only.</summary>
    public void Close(DateTimeOffset at)
    {
        if (!IsActive)
        {
            throw new DomainRuleException("task.not_active", $"只有进行中的任务可以销号；{Key} 当前状态为 {Status}。", $"Only an active task can be closed; {Key} is {Status}.");
        }

        var open = OpenMilestones;
        if (open > 0)
        {
            throw new DomainRuleException("task.milestones_open", $"任务 {Key} 还有 {open} 个节点未完成。", $"{open} milestones of {Key} are not done.");
        }

        ChangeStatus(CoordinatedTaskStatus.Closed, null, at);
    }

    /// <summary>The joint office reopens a closed task, with a reason.</summary>
    public void Reopen(string reason, DateTimeOffset at)
    {
        if (Status != CoordinatedTaskStatus.Closed)
        {
            throw new DomainRuleException("task.not_closed", $"只有已销号的任务可以重新打开；{Key} 当前状态为 {Status}。", $"Only a closed task can be reopened; {Key} is {Status}.");
        }

        ChangeStatus(CoordinatedTaskStatus.Active, Guard.Text(reason, "reason", 2000), at);
    }

    /// <summary>Takes the task off the ledger without deleting anything that was reported on it.</summary>
    public void Archive(string reason, DateTimeOffset at)
    {
        if (Status == CoordinatedTaskStatus.Archived)
        {
            throw new DomainRuleException("task.archived", $"{Key} 已归档。", $"{Key} is already archived.");
        }

        ChangeStatus(CoordinatedTaskStatus.Archived, Guard.Text(reason, "reason", 2000), at);
    }

    public Party? FindParty(string jurisdictionCode) => _parties.Find(p => p.JurisdictionCode == jurisdictionCode);

    public bool IsResponsibleParty(string jurisdictionCode) =>
        FindParty(jurisdictionCode) is { } party && party.Role.IsResponsible();

    public bool IsOverdueOn(DateOnly today) => IsOverdue(NextDueDate, today);

    /// <summary>Milestones not yet done: a task is closed out (销号) only when there are none.</summary>
    public int OpenMilestones => _milestones.Count(m => m.Status != MilestoneStatus.Done);

    /// <summary>Parties sign off, reject and ask for extensions on active tasks only.</summary>
    public bool IsActive => Status == CoordinatedTaskStatus.Active;

    /// <summary>A task is overdue when its earliest open milestone is past due (Asia/Shanghai calendar days).</summary>
    public static bool IsOverdue(DateOnly? nextDueDate, DateOnly today) => nextDueDate is { } due && due < today;

    private void Touch() => Version++;

    private void EnsureDraft()
    {
        if (Status != CoordinatedTaskStatus.Draft)
        {
            throw new DomainRuleException("task.not_draft", $"只有城市提议（草稿）的任务可以接受或驳回；{Key} 当前状态为 {Status}。", $"Only a proposed (draft) task is accepted or rejected; {Key} is {Status}.");
        }
    }

    /// <summary>Parties work (sign off, ask for more time) only on tasks that are on the ledger.</summary>
    private void EnsureOpen()
    {
        if (Status is CoordinatedTaskStatus.Closed or CoordinatedTaskStatus.Archived or CoordinatedTaskStatus.Rejected)
        {
            throw new DomainRuleException("task.read_only", $"任务 {Key} 当前状态为 {Status}，不能修改。", $"Task {Key} is {Status} and cannot change.");
        }
    }

    /// <summary>Parties act (sign off, report evidence, ask for extensions) on active tasks only.</summary>
    public void EnsureActive()
    {
        EnsureOpen();
        if (!IsActive)
        {
            throw new DomainRuleException("task.not_active", $"任务 {Key} 当前状态为 {Status}，参与方只能对进行中的任务办理。", $"Task {Key} is {Status}; parties act on active tasks only.");
        }
    }

    private void ChangeStatus(CoordinatedTaskStatus status, string? reason, DateTimeOffset at)
    {
        Status = status;
        StatusReason = reason;
        StatusChangedAt = at;
        Touch();
    }

    private void RecalculateNextDueDate() =>
        NextDueDate = _milestones.Where(m => m.Status == MilestoneStatus.Open).Select(m => (DateOnly?)m.DueDate).Min();

    private void EnsureResponsibleParty()
    {
        if (!_parties.Exists(p => p.Role.IsResponsible()))
        {
            throw new DomainRuleException(
                "task.responsible_party", "任务至少要有一个正式责任方（牵头、责任或承办）。", "A task needs at least one party with formal responsibility (lead, responsible or host).");
        }
    }

    private static void EnsureKnownJurisdiction(string code)
    {
        if (!JurisdictionCodes.IsKnown(code))
        {
            throw new DomainRuleException("party.jurisdiction", $"未知的地区代码“{code}”。", $"Unknown jurisdiction code '{code}'.");
        }
    }
}
