using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Meetings;

/// <summary>
/// The order in which a programme's cities host its plenary meetings. The documents fix no rotation: it is data the
/// joint office sets; the next host proposed is the city after the last plenary's host (the first, before any).
/// </summary>
public sealed class HostOrder
{
    private HostOrder()
    {
        ProgrammeCode = Order = UpdatedBy = string.Empty;
    }

    public string ProgrammeCode { get; private set; }

    /// <summary>The cities' codes, space-separated, in hosting order.</summary>
    public string Order { get; private set; }

    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> Cities => Order.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static HostOrder Set(string programme, IReadOnlyList<string> order, IReadOnlyCollection<string> members, string by, DateTimeOffset at)
    {
        var scheme = new HostOrder { ProgrammeCode = programme };
        scheme.Change(order, members, by, at);
        return scheme;
    }

    public void Change(IReadOnlyList<string> order, IReadOnlyCollection<string> members, string by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(members);
        if (order.Count != members.Count || order.Distinct().Count() != order.Count || !order.All(members.Contains))
        {
            throw new DomainRuleException("meeting.host_order", $"承办顺序须列出每个成员地区各一次：{string.Join("、", members)}。", $"The hosting order names every member once: {string.Join(", ", members)}.");
        }

        (Order, UpdatedBy, UpdatedAt) = (string.Join(' ', order), Guard.Text(by, "by", 128), at);
    }

    /// <summary>The city after <paramref name="lastHost"/> in the order (the first when none has hosted).</summary>
    public static string Next(IReadOnlyList<string> order, string? lastHost)
    {
        ArgumentNullException.ThrowIfNull(order);
        var at = lastHost is null ? -1 : order.ToList().IndexOf(lastHost);
        return order[(at + 1) % order.Count];
    }
}
