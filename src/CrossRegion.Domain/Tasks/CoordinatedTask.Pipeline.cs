using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A project's way to construction and what it costs each party: the 前期 checklist (the approvals it needs before it
/// may start), and, where a task splits its cost by city, each party's pledge and monthly spend. Every change moves the
/// task's version (its ETag), as any other change to the task does.
/// </summary>
public sealed partial class CoordinatedTask
{
    private static readonly TaskStage[] Construction = [TaskStage.NewStart, TaskStage.Continuing, TaskStage.Completion];

    public IReadOnlyList<PreparationItem> Preparation => _preparation;

    public IReadOnlyList<CostSpend> Spending => _spending;

    /// <summary>Puts an item on the 前期 checklist, answered for by one of the parties. One item per kind, name and party.</summary>
    public PreparationItem AddPreparationItem(PreparationKind kind, string? name, string jurisdictionCode, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("preparation.kind", "未知的前期事项类别。", "Unknown preparation kind.");
        }

        EnsureParty(jurisdictionCode);
        var item = new PreparationItem(Id, kind, name, jurisdictionCode, by, at);
        if (_preparation.Exists(p => p.Kind == kind && p.Name == item.Name && p.JurisdictionCode == jurisdictionCode))
        {
            throw new DomainRuleException("preparation.duplicate", "该参与方已有同一前期事项。", "The party already has that preparation item.");
        }

        _preparation.Add(item);
        Touch();
        return item;
    }

    /// <summary>Moves an item to a state (approved with its day and document; not needed with the reason).</summary>
    public void SetPreparationItem(Guid itemId, PreparationState state, DateOnly? on, string? document, string? note, DateOnly today, string by, DateTimeOffset at)
    {
        EnsureOpen();
        PreparationItemOf(itemId).Set(state, on, document, note, today, by, at);
        Touch();
    }

    public void RemovePreparationItem(Guid itemId)
    {
        EnsureOpen();
        _preparation.Remove(PreparationItemOf(itemId));
        Touch();
    }

    public PreparationItem PreparationItemOf(Guid itemId) =>
        _preparation.Find(p => p.Id == itemId)
        ?? throw new DomainRuleException("preparation.not_found", "该任务没有这个前期事项。", "The task has no such preparation item.");

    /// <summary>The checklist's unsettled items that stop a move to <paramref name="to"/>: only entering construction from preparation is gated.</summary>
    public IReadOnlyList<PreparationItem> UnsettledPreparation(TaskStage to) =>
        Array.IndexOf(Construction, to) >= 0 && (Stage is null || Array.IndexOf(Construction, Stage.Value) < 0)
            ? _preparation.Where(p => !p.IsSettled).ToList()
            : [];

    /// <summary>Sets (or clears, with null) what a party pledged to spend on the task, in 万元.</summary>
    public void Pledge(string jurisdictionCode, decimal? amount)
    {
        EnsureOpen();
        if (amount is < 0)
        {
            throw new DomainRuleException("cost.amount", "金额不能为负数。", "An amount cannot be negative.");
        }

        EnsureParty(jurisdictionCode).Pledge(amount);
        Touch();
    }

    /// <summary>Records a party's spend in a month (万元); a later record of the same month revises it.</summary>
    public CostSpend RecordSpend(string jurisdictionCode, string period, decimal amount, string? note, string thisMonth, string by, DateTimeOffset at)
    {
        EnsureOpen();
        EnsureParty(jurisdictionCode);
        if (amount < 0)
        {
            throw new DomainRuleException("cost.amount", "金额不能为负数。", "An amount cannot be negative.");
        }

        if (string.CompareOrdinal(period, thisMonth) > 0)
        {
            throw new DomainRuleException("cost.period", "不能记录未来月份的支出。", "Spend cannot be recorded for a month to come.");
        }

        var spend = new CostSpend(Id, jurisdictionCode, period, amount, note, by, at);
        _spending.Add(spend);
        Touch();
        return spend;
    }

    private void EnsurePrepared(TaskStage to, string? overrideReason)
    {
        var unsettled = UnsettledPreparation(to);
        if (unsettled.Count > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DomainRuleException(
                "stage.preparation",
                $"前期事项尚未办结（{unsettled.Count} 项：{string.Join("、", unsettled.Select(p => $"{p.JurisdictionCode} {p.LabelZh}"))}），不能转入建设阶段；如确需转入，请填写越过理由。",
                $"{unsettled.Count} preparation item(s) are neither approved nor found not needed ({string.Join(", ", unsettled.Select(p => $"{p.JurisdictionCode} {p.LabelEn}"))}); give an override reason to move on anyway.");
        }
    }

    private Party EnsureParty(string jurisdictionCode) =>
        FindParty(jurisdictionCode)
        ?? throw new DomainRuleException("party.not_found", $"{jurisdictionCode} 不是任务 {Key} 的参与方。", $"{jurisdictionCode} is not a party to task {Key}.");
}
