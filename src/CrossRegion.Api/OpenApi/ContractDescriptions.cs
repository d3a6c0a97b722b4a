using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// The words of the contract: the document's conventions, each tag, each parameter, each enum value (in Chinese and
/// English, as the console names them) and, where an endpoint gives no description of its own, one built from its
/// summary and what the operation declares (visibility, concurrency, idempotency, paging).
/// </summary>
internal static class ContractDescriptions
{
    public const string Document =
        "万达开云 joint-programme coordination ledger: the tasks of the four jurisdictions' joint programme, their parties, " +
        "milestones and sign-offs, monthly reports, chase notices, issues, asks, meetings, indicators and evaluations.\n\n" +
        "**Visibility.** A task is visible to the jurisdictions that are parties to it (and to the joint office and provincial " +
        "observers); for anyone else it answers 404, exactly as a key that does not exist.\n\n" +
        "**Language.** Messages, titles and problem details are zh-CN by default; send `Accept-Language: en` for English " +
        "(`Content-Language` says which). Data carries Chinese official names (`*_zh`) and English working names (`*_en`).\n\n" +
        "**Times.** Instants (`format: date-time`) are written in UTC with `Z`, to the millisecond (e.g. " +
        "`2026-11-30T01:00:00.000Z`); any ISO 8601 offset is read. Dates (`format: date`) are days in Asia/Shanghai, the " +
        "programme's calendar.\n\n" +
        "**Errors.** RFC 9457 problem details (`application/problem+json`) with a stable `code`, a `traceId`, `errors` by " +
        "field for `validation`, and the `rule` for a refused business rule. 429 and 503 carry `Retry-After`.\n\n" +
        "**Writes.** A resource's version is its strong `ETag`; send it in `If-Match` to change it (412 when another change " +
        "came first). Creating requests take an `Idempotency-Key`. Lists page with `limit` and an opaque `cursor`.\n\n" +
        "**Changes.** `GET /api/v1/changes` is an ordered feed of events; webhooks deliver the same events, signed " +
        "(Standard Webhooks).";

    private static readonly Dictionary<string, string> Tags = new(StringComparer.Ordinal)
    {
        ["Administration"] = "Accounts, machine clients, departments and organisations: for each city's administrator and the system administrator.",
        ["Asks"] = "争取事项: what the cities ask of higher levels together (policies, funds, projects), drafted, submitted, answered and followed up.",
        ["Attachments"] = "Files attached to milestones and asks: evidence of progress, scanned before they are served.",
        ["Audit"] = "The tamper-evident audit trail of every change, with sealed checkpoints.",
        ["Auth"] = "Sign-in: OAuth 2.0 / OpenID Connect (/connect/*) and the earlier token operations kept for existing integrations.",
        ["Bulletins"] = "通报: the periodic bulletin of the programme's progress, as JSON, HTML, PDF and a workbook.",
        ["Evaluations"] = "年度考核: the year's scoring scheme, the evaluation run, adjustments, appeals and publication.",
        ["Exports"] = "The ledger and its lists as files (CSV, workbook, PDF), with the visibility of the caller.",
        ["Imports"] = "Bringing lists and accounts in from files: checked row by row, all or nothing.",
        ["Indicators"] = "指标: the programme's indicators, their yearly targets and each city's reported actuals.",
        ["Integration"] = "For provincial systems: the change feed, webhooks and their deliveries.",
        ["Issues"] = "协调事项: problems a task's parties cannot settle alone, addressed to a city, a unit or the joint office and chased to an answer; 要素 requests name the factor asked for.",
        ["Jobs"] = "The scheduled jobs (the chase, bulletins, deliveries): their runs and, for the system administrator, running one now.",
        ["Meetings"] = "联席会议: joint meetings, their host order, agenda, attendance, minutes and decisions (which can become tasks).",
        ["Milestones"] = "A task's milestones: each owning party's sign-off, waivers, and extension requests (延期申请).",
        ["Notifications"] = "催办单 and reminders the chase sends, messages between parties, and acknowledgements.",
        ["Reference"] = "The value sets that are data: jurisdictions, programmes, categories, list types, units, and the caller itself.",
        ["Reports"] = "Monthly progress reports (月报) of each party on each task.",
        ["Task definition"] = "Editing what a task is: parties, organisations, milestones, targets, list fields, stages, the 前期 checklist and cost shares.",
        ["Task forces"] = "专班: standing task forces, their members and the tasks they carry.",
        ["Tasks"] = "The ledger: the jointly owned tasks, their detail, history and life cycle (proposal, acceptance, closing, archiving).",
        ["Workbench"] = "What is waiting for the caller: owed reports and sign-offs, overdue items, notices to acknowledge.",
    };

    private static readonly Dictionary<string, string> Parameters = new(StringComparer.Ordinal)
    {
        ["action"] = "The action to take, as listed in the operation's description.",
        ["appealId"] = "The appeal's id.",
        ["clientId"] = "The machine client's id (client_id).",
        ["id"] = "The resource's id (a UUID).",
        ["itemId"] = "The item's id (a UUID).",
        ["jurisdiction"] = "A jurisdiction's code: `WZ` (万州), `DZ` (达州), `KZ` (开州) or `YY` (云阳) (GET /api/v1/jurisdictions lists them).",
        ["key"] = "The task's key, e.g. `WDK-2023-07`, or one of its aliases.",
        ["measureId"] = "The measure's id (a UUID).",
        ["milestoneId"] = "The milestone's id (a UUID).",
        ["name"] = "The name, as listed by the corresponding list operation.",
        ["office"] = "The joint office's code.",
        ["organisation"] = "The organisation's code.",
        ["period"] = "A reporting period: a month `2026-11`, a quarter `2026-Q4` or a year `2026`, as the indicator's frequency says.",
        ["position"] = "The position on the agenda, from 1.",
        ["programme"] = "A programme's code, e.g. `WDK` (GET /api/v1/programmes lists them).",
        ["relation"] = "The organisation's relation to the task.",
        ["requestId"] = "The extension request's id (a UUID).",
        ["unit"] = "A responsible unit's code.",
        ["username"] = "The account's user name.",
        ["year"] = "A calendar year, e.g. 2026.",
        ["acknowledged"] = "`true` for notices acknowledged, `false` for those awaiting acknowledgement.",
        ["active"] = "`true` for active ones only, `false` for inactive ones only.",
        ["addressee"] = "The addressee: a jurisdiction's code, a unit's code, or `joint_office`.",
        ["all_programmes"] = "`true` to include every programme the caller can see, not only the current one.",
        ["all_revisions"] = "`true` to include the earlier revisions, not only the latest of each period.",
        ["attribute"] = "The indicator's attribute (expected or binding).",
        ["category"] = "A category's code (GET /api/v1/categories lists them).",
        ["channel"] = "A channel besides the inbox: `email`, `sms`, `ding_talk` or `we_com`.",
        ["city"] = "A jurisdiction's code: only tasks it is a party to.",
        ["commit"] = "`false` (default) checks the file and reports; `true` also applies it when every row is valid.",
        ["contributes_to"] = "The key of a task this one contributes to.",
        ["cursor"] = "The opaque cursor from the previous page's `next_cursor`; absent for the first page.",
        ["department"] = "A department's code.",
        ["factor"] = "`any` for every 要素 request, or a factor kind (`land_quota`, `energy_gas`, `energy_power`, `funds`, `environmental_capacity`, `other`).",
        ["field"] = "The task force's field of work.",
        ["format"] = "The representation: `json` (default) or a file type the operation lists; the Accept header works too.",
        ["function"] = "A unit's function.",
        ["grace_hours"] = "Hours a run may be late before the job counts as overdue.",
        ["include_retired"] = "`true` to include retired entries.",
        ["job"] = "A job's name (GET /api/v1/jobs lists them).",
        ["key_prefix"] = "Only tasks whose key starts with this.",
        ["kind"] = "The kind, one of the values the response's `kind` takes.",
        ["last_day"] = "The period's last day (a date).",
        ["level"] = "The escalation level.",
        ["light"] = "The status light: `done`, `green`, `yellow` or `red`.",
        ["limit"] = "At most this many items on the page (1 to 200; default 50).",
        ["list_type"] = "A list type's code (GET /api/v1/list-types lists them).",
        ["list_year"] = "The year of the list the task is on.",
        ["open_issues"] = "`true` for tasks with unsettled issues, `false` for tasks without.",
        ["overdue"] = "`true` for overdue ones only.",
        ["overdue_for"] = "Only tasks with a milestone overdue for this jurisdiction.",
        ["q"] = "Words to look for in titles, keys, aliases and content (Chinese or English).",
        ["role"] = "A party role, one of the values of PartyRole.",
        ["scope"] = "An OAuth scope.",
        ["section"] = "The list's section.",
        ["source_document"] = "Only tasks taken from this source document.",
        ["state"] = "The state, one of the values the response's `state` or `status` takes.",
        ["status"] = "The status, one of the values the response's `status` takes.",
        ["subject"] = "What the notice is about: `milestone`, `monthly_report`, `ask` or `issue`.",
        ["task"] = "A task's key.",
        ["task_force"] = "A task force's code.",
        ["unread_only"] = "`true` for unread messages only.",
    };

    /// <summary>The filters that take one of an enum's values, typed as that enum (by path and parameter).</summary>
    private static readonly Dictionary<(string Path, string Parameter), string> QueryEnums = new()
    {
        [("/api/v1/tasks", "light")] = "StatusLight",
        [("/api/v1/tasks", "status")] = "CoordinatedTaskStatus",
        [("/api/v1/tasks", "role")] = "PartyRole",
        [("/api/v1/exports/tasks", "light")] = "StatusLight",
        [("/api/v1/exports/tasks", "status")] = "CoordinatedTaskStatus",
        [("/api/v1/exports/tasks", "role")] = "PartyRole",
        [("/api/v1/exports/ledger", "light")] = "StatusLight",
        [("/api/v1/exports/ledger", "status")] = "CoordinatedTaskStatus",
        [("/api/v1/exports/ledger", "role")] = "PartyRole",
        [("/api/v1/notices", "kind")] = "NoticeKind",
        [("/api/v1/notices", "subject")] = "NoticeSubject",
        [("/api/v1/asks", "state")] = "AskStatus",
        [("/api/v1/issues", "state")] = "IssueStatus",
        [("/api/v1/indicators", "attribute")] = "IndicatorAttribute",
        [("/api/v1/admin/channel-deliveries", "status")] = "ChannelDeliveryStatus",
        [("/api/v1/admin/channel-deliveries", "channel")] = "NotificationChannel",
        [("/api/v1/admin/channel-deliveries/resend", "channel")] = "NotificationChannel",
    };

    public static void Describe(OpenApiDocument document, string path, HttpMethod method, OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (string.IsNullOrEmpty(parameter.Description))
            {
                parameter.Description = Parameter(path, parameter.Name!);
            }

            if (QueryEnums.TryGetValue((path, parameter.Name!), out var values) && document.Components?.Schemas?.ContainsKey(values) == true)
            {
                parameter.Schema = new OpenApiSchemaReference(values, document);
            }
        }

        if (string.IsNullOrWhiteSpace(operation.Description))
        {
            operation.Description = Operation(path, method, operation);
        }

        if (method == HttpMethod.Patch && operation.RequestBody is OpenApiRequestBody body)
        {
            body.Description = "Only the fields sent change; a field left out is unchanged. " + body.Description;
        }
    }

    private static string Parameter(string path, string name)
    {
        if (name is "code")
        {
            return path.Contains("/indicators/", StringComparison.Ordinal) ? "The indicator's code."
                : path.Contains("/task-forces/", StringComparison.Ordinal) ? "The task force's code."
                : path.Contains("/jurisdictions/", StringComparison.Ordinal) ? "A jurisdiction's code: `WZ` (万州), `DZ` (达州), `KZ` (开州) or `YY` (云阳)."
                : "The code, as listed by the corresponding list operation.";
        }

        if (name is "id" && path.Split('/') is var segments && Array.IndexOf(segments, "{id}") is > 0 and var at)
        {
            return $"The id (a UUID) of the {segments[at - 1].TrimEnd('s').Replace('-', ' ')}.";
        }

        return Parameters.TryGetValue(name, out var text) ? text : $"The {name.Replace('_', ' ')}.";
    }

    /// <summary>What an operation without a description of its own says: its summary and what it declares.</summary>
    private static string Operation(string path, HttpMethod method, OpenApiOperation operation)
    {
        var lines = new List<string> { (operation.Summary ?? string.Empty).TrimEnd('.') + "." };
        var parameters = (operation.Parameters ?? []).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (path.Contains("/tasks/{key}", StringComparison.Ordinal))
        {
            lines.Add("A task the caller's jurisdiction is not a party to answers 404, as a key that does not exist.");
        }

        if (parameters.Contains("cursor"))
        {
            lines.Add("Pages: `limit` items at most; pass `next_cursor` as `cursor` for the next page (absent on the last).");
        }

        if (parameters.Contains("If-Match"))
        {
            lines.Add("Concurrency: If-Match with the ETag read; 412 when the resource changed since.");
        }

        if (parameters.Contains("Idempotency-Key"))
        {
            lines.Add("Retries: send an Idempotency-Key to make a retry return the first answer instead of creating twice.");
        }

        if (method != HttpMethod.Get && (operation.Security?.Count ?? 0) > 0)
        {
            lines.Add("The change is audited and appears in the change feed.");
        }

        return string.Join(" ", lines);
    }

    public static void DescribeTags(OpenApiDocument document, IEnumerable<string> used)
    {
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal)
            .Select(name => new OpenApiTag { Name = name, Description = Tags.TryGetValue(name, out var text) ? text : name }));
    }

    /// <summary>Each enum lists its values with the names the console shows for them, in Chinese and English.</summary>
    public static void DescribeEnums(IDictionary<string, IOpenApiSchema> schemas)
    {
        var types = new[] { typeof(Domain.Tasks.CoordinatedTask).Assembly, typeof(Application.DependencyInjection).Assembly }
            .SelectMany(a => a.GetTypes()).Where(t => t.IsEnum).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var (name, schema) in schemas)
        {
            if (schema is not OpenApiSchema { Enum.Count: > 0 } enumeration)
            {
                continue;
            }

            enumeration.Type = enumeration.Enum.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            var values = enumeration.Enum.Select(v => v?.GetValue<string>()).OfType<string>().ToList();
            var label = types.TryGetValue(name, out var type) ? typeof(WebConsole.Labels).GetMethod("Of", [type]) ?? typeof(WebConsole.Labels).GetMethod("Of", [typeof(Nullable<>).MakeGenericType(type)]) : null;
            var described = values.Select(value => label is null || type is null || Member(type, value) is not { } member
                ? $"`{value}`"
                : $"`{value}`: {Invoke(label, member, "zh-CN")} ({Invoke(label, member, "en")})");
            enumeration.Description = (string.IsNullOrEmpty(enumeration.Description) ? string.Empty : enumeration.Description + " ") +
                "Values: " + string.Join("; ", described) + ".";
            enumeration.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            enumeration.Extensions["x-enum-varnames"] = new JsonNodeExtension(new JsonArray([.. values.Select(v => (JsonNode?)JsonValue.Create(string.Concat(v.Split('_').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))))]));
        }
    }

    private static object? Member(Type type, string value) =>
        Enum.GetValues(type).Cast<object>().FirstOrDefault(v => JsonNamingPolicy.SnakeCaseLower.ConvertName(v.ToString()!) == value);

    private static string? Invoke(MethodInfo label, object member, string culture)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return label.Invoke(null, [member]) as string;
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }
}
