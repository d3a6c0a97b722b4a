namespace CrossRegion.Domain.Tasks;

/// <summary>
/// A column of a list type, in the order the list prints it. <paramref name="NameZh"/> is the printed header (a CSV
/// in the list's layout is read by it); <paramref name="Key"/> names the field in the API.
/// </summary>
/// <param name="Unit">For numbers, the unit the column is written in (亿元).</param>
/// <param name="Min">For numbers, the least value allowed.</param>
/// <param name="Filterable">Whether the ledger can be filtered by the column (by value, or by range for numbers).</param>
/// <param name="NamesChild">A child row that leaves the name empty is named by this column (the platform list's 目标任务).</param>
/// <param name="SetsStage">A choice whose codes are project stages (建设批次): an imported row starts at that stage.</param>
public sealed record ListColumn(
    string Key,
    string NameZh,
    string NameEn,
    ListColumnKind Kind,
    bool Required = false,
    string? Unit = null,
    decimal? Min = null,
    bool Filterable = false,
    bool NamesChild = false,
    bool SetsStage = false,
    IReadOnlyList<ListOption>? Options = null)
{
    /// <summary>A column of the type's own, kept as a field of the task (not one of the task's own properties).</summary>
    public bool IsField => Kind is ListColumnKind.Text or ListColumnKind.Number or ListColumnKind.Choice or ListColumnKind.Section;
}
