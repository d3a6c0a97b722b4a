using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Jurisdictions;

/// <summary>
/// A joint office (联合办公室) that runs the tasks of its programmes: 万达开联合办公室 the 万达开 tasks, 万开云联合办公室 the
/// 万开云 ones. A task belongs to the programme it is listed under, so to that programme's office, whoever its parties are.
/// </summary>
public sealed class JointOffice
{
    private readonly List<JointOfficeProgramme> _programmes = [];

    private JointOffice()
    {
        Code = NameZh = NameEn = string.Empty;
    }

    public string Code { get; private set; }
    public string NameZh { get; private set; }
    public string NameEn { get; private set; }
    public IReadOnlyList<JointOfficeProgramme> Programmes => _programmes;

    public static JointOffice Create(string code, string nameZh, string nameEn, IEnumerable<string> programmeCodes)
    {
        var office = new JointOffice
        {
            Code = Guard.Text(code, "code", 16),
            NameZh = Guard.Text(nameZh, "name_zh", 64),
            NameEn = Guard.Text(nameEn, "name_en", 64),
        };
        office._programmes.AddRange(programmeCodes.Distinct(StringComparer.Ordinal).Select(p => new JointOfficeProgramme(office.Code, p)));
        if (office._programmes.Count == 0)
        {
            throw new DomainRuleException("joint_office.programmes", "联合办公室至少负责一个合作板块。", "A joint office runs at least one programme.");
        }

        return office;
    }

    /// <summary>Takes on a programme (a city's own programme shared with the office).</summary>
    public void Include(string programmeCode)
    {
        if (!_programmes.Exists(p => p.ProgrammeCode == programmeCode))
        {
            _programmes.Add(new JointOfficeProgramme(Code, programmeCode));
        }
    }

    public void Exclude(string programmeCode) => _programmes.RemoveAll(p => p.ProgrammeCode == programmeCode);
}
