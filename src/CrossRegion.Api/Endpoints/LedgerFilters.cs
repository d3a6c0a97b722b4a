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

    /// <summary>A list type's code (GET /api/v1/list-types): its items, in every programme the caller may see.</summary>
    [FromQuery(Name = "list_type")]
    public string? ListType { get; init; }

    /// <summary>The year of the list (the 2023 list).</summary>
    [FromQuery(Name = "list_year")]
    public int? ListYear { get; init; }

    /// <summary>A joint task's key: the cities' own items linked to it (those the caller sees).</summary>
    [FromQuery(Name = "contributes_to")]
    public string? ContributesTo { get; init; }

    /// <summary>Every programme you see, your city's own included (without it, and without programme or list_type, the joint programmes').</summary>
    [FromQuery(Name = "all_programmes")]
    public bool? AllProgrammes { get; init; }

    /// <summary>A task force's code: the tasks it holds (those the caller sees).</summary>
    [FromQuery(Name = "task_force")]
    public string? TaskForce { get; init; }

    /// <summary>true: the tasks with an issue awaiting its answer (问题协调, 要素 requests); false: those without.</summary>
    [FromQuery(Name = "open_issues")]
    public bool? OpenIssues { get; init; }

    public const string FieldPrefix = "field.";

    /// <summary>
    /// The list type's own columns as <c>field.{key}=value</c> (a choice's code or printed name, a text) and
    /// <c>field.{key}.gte</c> / <c>field.{key}.lte</c> for a number's range, read from the query string.
    /// </summary>
    public static Dictionary<string, string>? Fields(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fields = request.Query.Where(q => q.Key.StartsWith(FieldPrefix, StringComparison.Ordinal) && q.Key.Length > FieldPrefix.Length)
            .ToDictionary(q => q.Key[FieldPrefix.Length..], q => q.Value.ToString(), StringComparer.Ordinal);
        return fields.Count == 0 ? null : fields;
    }

    public ListTasksQuery ToQuery(int? limit, string? cursor, IReadOnlyDictionary<string, string>? fields = null) =>
        new(Programme, Category, Jurisdiction, Role, Status, Year, Overdue, Light, Q, limit, cursor, OverdueFor, ListType, ListYear, fields, ContributesTo, AllProgrammes, TaskForce, OpenIssues);
}
