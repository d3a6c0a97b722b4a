using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossRegion.Application.Common.Text;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTaskHistory;

/// <summary>
/// The audit chain keeps what was stored, in the model's words (MilestoneSignOff, BaselineDueDate, Status "Confirmed");
/// the history speaks the API's: the parts as the task representation names them (sign_off, milestone …), fields in
/// snake_case with codes by what they name (JurisdictionCode → jurisdiction), and enum values as the API writes them
/// (confirmed). The chain itself is never rewritten: this is how it is read.
/// </summary>
public static class HistoryNames
{
    private static readonly Dictionary<string, string> Parts = new(StringComparer.Ordinal)
    {
        ["CoordinatedTask"] = "task",
        ["PartyDepartment"] = "party_unit",
        ["MilestoneSignOff"] = "sign_off",
        ["ExtensionRequest"] = "extension",
        ["AnnualTarget"] = "target",
        ["ProgressReport"] = "report",
        ["TaskComment"] = "comment",
        ["TaskAlias"] = "alias",
        ["TaskOrganisation"] = "organisation",
    };

    private static readonly Dictionary<string, Type> Entities = typeof(CoordinatedTask).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false })
        .GroupBy(t => t.Name)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<(string Entity, string Field), Type?> Enums = new();

    /// <summary>The API's name of a part of the task (the audit's entity name).</summary>
    public static string Part(string entity) =>
        Parts.TryGetValue(entity, out var name) ? name : JsonNamingPolicy.SnakeCaseLower.ConvertName(entity);

    /// <summary>The API's name of a field: snake_case, a code named by what it names.</summary>
    public static string Field(string property) =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Length > 4 && property.EndsWith("Code", StringComparison.Ordinal) ? property[..^4] : property);

    /// <summary>One audit entry's changes (<c>[{entity, id, action, fields: {Name: {before, after}}}]</c>) in the API's words.</summary>
    public static JsonElement Changes(string stored)
    {
        if (JsonNode.Parse(stored) is not JsonArray changes)
        {
            return JsonDocument.Parse(stored).RootElement.Clone();
        }

        foreach (var change in changes.OfType<JsonObject>())
        {
            var entity = change["entity"]?.GetValue<string>() ?? string.Empty;
            change["entity"] = Part(entity);
            if (change["fields"] is not JsonObject fields)
            {
                continue;
            }

            var renamed = new JsonObject();
            foreach (var (name, value) in fields.ToList())
            {
                fields.Remove(name);
                if (value is JsonObject pair)
                {
                    var type = EnumOf(entity, name);
                    foreach (var side in new[] { "before", "after" })
                    {
                        if (pair[side] is JsonValue text && text.TryGetValue<string>(out var kept) && Wire(kept, type) is { } wire)
                        {
                            pair[side] = wire;
                        }
                    }
                }

                renamed[Field(name)] = value;
            }

            change["fields"] = renamed;
        }

        return JsonSerializer.SerializeToElement(changes);
    }

    /// <summary>An enum member as the API writes it, an instant in UTC with Z (as every instant of the API); else null.</summary>
    private static string? Wire(string stored, Type? type) =>
        type is not null && Enum.TryParse(type, stored, out _) ? JsonNamingPolicy.SnakeCaseLower.ConvertName(stored)
        : stored.Length >= 20 && stored[4] == '-' && stored[10] == 'T' && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            ? UtcInstantConverter.Text(instant)
            : null;

    private static Type? EnumOf(string entity, string field) => Enums.GetOrAdd((entity, field), key =>
        Entities.TryGetValue(key.Entity, out var type)
        && type.GetProperty(key.Field, BindingFlags.Public | BindingFlags.Instance) is { } property
        && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is { IsEnum: true } enumType
            ? enumType
            : null);
}
