using CrossRegion.Application.Tasks.ListTasks;
using Microsoft.AspNetCore.Mvc;

namespace CrossRegion.Api.Endpoints;

/// <summary>The ledger's filters as the query string carries them, bound alike for the list and the CSV export.</summary>
internal sealed class LedgerFilters
{
    [FromQuery(Name = "programme")]
    public string? Programme { get; init; }

    [FromQuery(Name = "category")]
    public string? Category { get; init; }

    [FromQuery(Name = "jurisdiction")]
    public string? Jurisdiction { get; init; }

    [FromQuery(Name = "role")]
    public string? Role { get; init; }

    [FromQuery(Name = "status")]
    public string? Status { get; init; }

    [FromQuery(Name = "year")]
    public int? Year { get; init; }

    [FromQuery(Name = "overdue")]
    public bool? Overdue { get; init; }

    [FromQuery(Name = "light")]
    public string? Light { get; init; }

    /// <summary>A city whose own part of a milestone is past due and not signed on the task.</summary>
    [FromQuery(Name = "overdue_for")]
    public string? OverdueFor { get; init; }

    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    public ListTasksQuery ToQuery(int? limit, string? cursor) =>
        new(Programme, Category, Jurisdiction, Role, Status, Year, Overdue, Light, Q, limit, cursor, OverdueFor);
}
