using CrossRegion.Application.Common.Exceptions;
using CrossRegion.Application.Common.Text;

namespace CrossRegion.Application.Users.ImportUsers;

/// <summary>Where the columns of a people table are, by English or Chinese header.</summary>
internal sealed class UserSheetColumns
{
    private static readonly (string Name, string Zh)[] Known =
    [
        ("username", "用户名"), ("display_name", "姓名"), ("jurisdiction", "地区"), ("department", "单位"), ("roles", "角色"),
        ("email", "邮箱"), ("phone", "电话"),
    ];

    private static readonly string[] Required = ["username", "display_name", "roles"];

    private readonly Dictionary<string, int> _index;

    private UserSheetColumns(Dictionary<string, int> index) => _index = index;

    public static UserSheetColumns Of(IReadOnlyList<string> header)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var cell = header[i].Trim();
            var known = Array.Find(Known, k => string.Equals(k.Name, cell, StringComparison.OrdinalIgnoreCase) || k.Zh == cell);
            if (known.Name is not null)
            {
                index.TryAdd(known.Name, i);
            }
        }

        var missing = Required.Where(r => !index.ContainsKey(r)).ToList();
        return missing.Count == 0 ? new UserSheetColumns(index) : throw new BadRequestException("csv_columns", Localized.Text(
            $"CSV 缺少必需的列：{string.Join("、", missing)}。", $"The CSV lacks the columns: {string.Join(", ", missing)}."));
    }

    public string? Cell(IReadOnlyList<string> cells, string column) =>
        _index.TryGetValue(column, out var i) && i < cells.Count && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i].Trim() : null;
}
