namespace CrossRegion.Domain.Tasks;

/// <summary>
/// What a column of a list holds. The first kinds bind a printed column to the task itself (its name, content,
/// period, the year's target, lead units, the category, remarks); <see cref="Text"/>, <see cref="Number"/> and
/// <see cref="Choice"/> are the list type's own columns, kept as the task's fields and validated by the definition.
/// </summary>
public enum ListColumnKind
{
    /// <summary>序号: the row number; "4-1" is the first child row of row 4.</summary>
    Sequence = 1,

    /// <summary>The item's name (项目名称, 重大政策事项 …).</summary>
    Title = 2,

    /// <summary>建设内容及规模 and the like.</summary>
    Content = 3,

    /// <summary>建设年限 / 建设时限: "2022—2027", or "/" when not yet set.</summary>
    Period = 4,

    /// <summary>The list year's target (2023年度任务, 2023年度建设目标): the task's annual target and its year-end milestone.</summary>
    AnnualTarget = 5,

    /// <summary>牵头单位: the owner city's units, or organisations above it (市交通局 in a Wanzhou list).</summary>
    LeadUnits = 6,

    /// <summary>所属领域: a category of the list type's scheme.</summary>
    Category = 7,

    /// <summary>备注 as free text.</summary>
    Remarks = 8,

    /// <summary>A heading row (一、开发开放平台) that names the group of the rows under it; kept as a text field.</summary>
    Section = 9,

    Text = 20,
    Number = 21,
    Choice = 22,
}
