using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Indicators;

/// <summary>
/// 指标: a figure a programme is steered by, with a target per year as each year's table prints it and the actuals its
/// owning cities report. A sub-indicator (the tables' "#" rows) has a parent. When <see cref="SumsCities"/>, the
/// actual is the sum of each owning city's reported part (the four areas' 2027 GDP).
/// </summary>
public sealed class Indicator
{
    private readonly List<IndicatorOwner> _owners = [];
    private readonly List<IndicatorTarget> _targets = [];
    private readonly List<IndicatorActual> _actuals = [];

    private Indicator()
    {
        Code = ProgrammeCode = NameZh = NameEn = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Its key in the API: the programme's code and its row (WZPLAN-01, WZPLAN-10-1 for a sub-indicator).</summary>
    public string Code { get; private set; }

    public string ProgrammeCode { get; private set; }
    public Guid? ParentId { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public string? Unit { get; private set; }
    public IndicatorAttribute Attribute { get; private set; }
    public IndicatorFrequency Frequency { get; private set; }
    public bool SumsCities { get; private set; }
    public decimal? BaseValue { get; private set; }
    public int? BaseYear { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<IndicatorOwner> Owners => _owners;
    public IReadOnlyList<IndicatorTarget> Targets => _targets;
    public IReadOnlyList<IndicatorActual> Actuals => _actuals;

    public static Indicator Create(
        string code, string programme, string nameZh, string? nameEn, string? unit, IndicatorAttribute attribute, IndicatorFrequency frequency,
        IReadOnlyCollection<string> owners, Indicator? parent, bool sumsCities, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(owners);
        if (owners.Count == 0)
        {
            throw new DomainRuleException("indicator.owners", "指标须有至少一个责任地区。", "An indicator needs at least one owning city.");
        }

        if (sumsCities && owners.Count < 2)
        {
            throw new DomainRuleException("indicator.sum_owners", "各地合计的指标须有两个以上责任地区。", "A total of the cities needs two or more owning cities.");
        }

        var indicator = new Indicator
        {
            Id = Guid.CreateVersion7(),
            Code = Guard.Text(code, "code", 32),
            ProgrammeCode = Guard.Text(programme, "programme", 16),
            ParentId = parent?.Id,
            NameZh = Guard.Text(nameZh, "name_zh", 200),
            NameEn = Guard.OptionalText(nameEn, "name_en", 300) ?? nameZh.Trim(),
            Unit = Guard.OptionalText(unit, "unit", 32),
            Attribute = attribute,
            Frequency = frequency,
            SumsCities = sumsCities,
            CreatedAt = at,
        };
        indicator._owners.AddRange(owners.Distinct(StringComparer.Ordinal).Select(o => IndicatorOwner.Create(indicator.Id, Guard.Text(o, "owner", 8))));
        return indicator;
    }

    public void SetBase(decimal? value, int? year) => (BaseValue, BaseYear) = (value, year);

    /// <summary>The year's target as its table prints it; setting a year again rewrites that year's target.</summary>
    public IndicatorTarget SetTarget(int year, string position, int sortOrder, string text, decimal? tolerance = null, TargetKind? judgedAs = null)
    {
        _targets.RemoveAll(t => t.Year == year);
        var target = IndicatorTarget.Create(Id, year, position, sortOrder, text, tolerance, judgedAs);
        _targets.Add(target);
        return target;
    }

    /// <summary>
    /// An owning city reports the period's actual (again: the report is revised): its words, and its figure when the
    /// words alone do not give it.
    /// </summary>
    public IndicatorActual Report(string jurisdiction, string period, string text, decimal? value, bool pending, bool? met, string by, DateTimeOffset at)
    {
        if (!_owners.Any(o => o.JurisdictionCode == jurisdiction))
        {
            throw new DomainRuleException("indicator.not_owner", $"{jurisdiction} 不是指标“{NameZh}”的责任地区。", $"{jurisdiction} does not own the indicator '{NameEn}'.");
        }

        if (_actuals.FirstOrDefault(a => a.JurisdictionCode == jurisdiction && a.Period == period) is { } reported)
        {
            reported.Revise(text, value, pending, met, by, at);
            return reported;
        }

        var actual = IndicatorActual.Create(Id, jurisdiction, period, text, value, pending, met, by, at);
        _actuals.Add(actual);
        return actual;
    }
}
