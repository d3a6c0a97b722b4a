using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// An example on every JSON (and form) request body and every JSON 2xx response that has none, built from its schema
/// with values of the programme's kind (task keys, city codes, Chinese titles, Beijing dates, UTC instants), so that
/// each one validates against its schema (the linters check that) and reads like the service's own answers.
/// </summary>
internal static class ContractExamples
{
    private const int MaxDepth = 40;

    public static void Add(OpenApiDocument document, IEnumerable<OpenApiOperation> operations)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var operation in operations)
        {
            var media = (operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
                .Concat((operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()));
            foreach (var (type, content) in media)
            {
                if (content.Example is null && content.Examples is not { Count: > 0 } && content.Schema is { } schema
                    && (type.Contains("json", StringComparison.Ordinal) || type == "application/x-www-form-urlencoded"))
                {
                    content.Example = Value(schema, null, schemas, [], 0);
                }
            }
        }
    }

    private static JsonNode? Value(IOpenApiSchema schema, string? name, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> path, int depth)
    {
        if (schema is OpenApiSchemaReference { Reference.Id: { } id })
        {
            if (!schemas.TryGetValue(id, out var target) || depth > MaxDepth || !path.Add(id))
            {
                return new JsonObject();
            }

            try
            {
                return Value(target, name, schemas, path, depth + 1);
            }
            finally
            {
                path.Remove(id);
            }
        }

        if (schema.Examples?.FirstOrDefault() is { } given)
        {
            return given.DeepClone();
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return values.FirstOrDefault(v => v is not null)?.DeepClone();
        }

        if (schema.OneOf is { Count: > 0 } choices)
        {
            var chosen = choices.FirstOrDefault(c => c.Type != JsonSchemaType.Null);
            return chosen is null ? null : Value(chosen, name, schemas, path, depth);
        }

        var type = schema.Type ?? (schema.Properties is { Count: > 0 } ? JsonSchemaType.Object : JsonSchemaType.String);
        if (type == JsonSchemaType.Null)
        {
            return null;
        }

        var nonNull = type & ~JsonSchemaType.Null;
        return nonNull switch
        {
            JsonSchemaType.Object => Object(schema, schemas, path, depth),
            JsonSchemaType.Array => Array(schema, name, schemas, path, depth),
            JsonSchemaType.Integer => JsonValue.Create(Integer(schema, name)),
            JsonSchemaType.Number => JsonValue.Create(Number(schema, name)),
            JsonSchemaType.Boolean => JsonValue.Create(!(name ?? string.Empty).Contains("overdue", StringComparison.Ordinal)),
            _ => JsonValue.Create(Text(schema, name)),
        };
    }

    private static JsonObject Object(IOpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> path, int depth)
    {
        var result = new JsonObject();
        foreach (var (property, child) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            result[property] = Value(child, property, schemas, path, depth + 1);
        }

        if (result.Count == 0 && schema.AdditionalProperties is { } values && depth < MaxDepth)
        {
            result["DZ"] = Value(values, "DZ", schemas, path, depth + 1);
        }

        return result;
    }

    private static JsonArray Array(IOpenApiSchema schema, string? name, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> path, int depth)
    {
        if (schema.Items is not { } items || (items is OpenApiSchemaReference { Reference.Id: { } id } && path.Contains(id)))
        {
            return [];
        }

        return [Value(items, Singular(name), schemas, path, depth + 1)];
    }

    private static string? Singular(string? name) => name is null ? null : name.EndsWith('s') ? name[..^1] : name;

    private static long Integer(IOpenApiSchema schema, string? name)
    {
        long value = name switch
        {
            null => 1,
            _ when name.Contains("year", StringComparison.Ordinal) => 2026,
            "version" or "revision" => 7,
            "limit" => 50,
            "position" or "sequence" or "level" => 1,
            _ when name.Contains("percent", StringComparison.Ordinal) => 60,
            _ when name.EndsWith("_days", StringComparison.Ordinal) || name.StartsWith("days", StringComparison.Ordinal) => 5,
            _ => 3,
        };
        return Clamp(value, schema);
    }

    private static double Number(IOpenApiSchema schema, string? name) =>
        Clamp(name is not null && name.Contains("percent", StringComparison.Ordinal) ? 62.5 : 1250.5, schema);

    private static T Clamp<T>(T value, IOpenApiSchema schema)
        where T : struct, IConvertible
    {
        var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        if (double.TryParse(schema.Minimum, System.Globalization.CultureInfo.InvariantCulture, out var minimum) && number < minimum)
        {
            number = minimum;
        }

        if (double.TryParse(schema.Maximum, System.Globalization.CultureInfo.InvariantCulture, out var maximum) && number > maximum)
        {
            number = maximum;
        }

        return (T)Convert.ChangeType(number, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Text(IOpenApiSchema schema, string? name)
    {
        var text = schema.Format switch
        {
            "date" => name is not null && name.Contains("from", StringComparison.Ordinal) ? "2026-11-01" : "2026-11-30",
            "date-time" => "2026-11-30T01:00:00.000Z",
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "uri" => "https://www.rfc-editor.org/rfc/rfc9110#status.200",
            "email" => "clerk@wdk.example.gov.cn",
            "binary" or "byte" => "JVBERi0xLjcK",
            _ => Named(name ?? string.Empty),
        };
        if (schema.MaxLength is { } max && text.Length > max)
        {
            text = text[..max];
        }

        return schema.MinLength is { } min && text.Length < min ? text.PadRight(min, '0') : text;
    }

    /// <summary>A string of the kind its name says.</summary>
    private static string Named(string name) => name switch
    {
        "key" or "task_key" or "parent_key" or "task" or "contributes_to" => "WDK-2023-07",
        "jurisdiction" or "city" or "submitter" or "addressee" or "raised_by" or "by_jurisdiction" or "DZ" => "DZ",
        "programme" => "WDK",
        "category" => "infrastructure",
        "list_type" => "joint_key_task",
        "username" or "user" => "dz.transport",
        "password" or "new_password" or "current_password" or "client_secret" => "S3cure#Passw0rd",
        "client_id" => "sichuan.dashboard",
        "grant_type" => "client_credentials",
        "scope" => "ledger.read",
        "access_token" or "refresh_token" or "token" or "id_token" => "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkei50cmFuc3BvcnQifQ.c2lnbmF0dXJl",
        "token_type" => "Bearer",
        "otp" => "123456",
        "cursor" or "next_cursor" => "azpXREstMjAyMy0wOA",
        "etag" => "\"7\"",
        "url" or "link" or "href" or "callback" or "redirect_uri" => "https://sichuan-dashboard.example.gov.cn/hooks/crossregion",
        "secret" => "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        "period" => "2026-11",
        "period_text" => "2023—2025年",
        "unit" or "lead_unit" or "department" => "dz-transport",
        "document" or "source_document" or "reference" or "grant_document" => "万达开联办〔2026〕12号",
        "number" => "联办催字〔2026〕61号",
        "reason" or "note" or "override_reason" => "征地拆迁进度滞后，需协调用地指标",
        "evidence" => "项目开工令及现场照片",
        "subject" or "title" => "万达开天然气管网互联互通工程",
        "help_needed" => "请求省级层面协调用地指标",
        "answer" or "outcome" => "已协调解决，用地指标下达",
        "minutes" => "会议研究了重点任务推进情况，明确了下一步工作安排。",
        "share" => "负责达州境内段建设",
        "main_content" or "content" or "text" or "body" or "remarks" => "建成万州至达州至开州天然气输气管道，实现三地管网互联互通。",
        "place" => "达州市",
        "name" or "convener_name" => "张明",
        "post" or "convener_post" => "市发展改革委副主任",
        "code" => "WDK",
        "type" => "task.changed",
        "id" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "unit_name" => "达州市交通运输局",
        "status" or "state" => "active",
        "detail" => "任务已被他人修改，请刷新后再提交。",
        "trace_id" or "traceId" => "4bf92f3577b34da6a3ce929d0e0e4736",
        _ when name.EndsWith("_zh", StringComparison.Ordinal) => "万达开天然气管网互联互通工程",
        _ when name.EndsWith("_en", StringComparison.Ordinal) => "Wanzhou–Dazhou–Kaizhou gas grid interconnection",
        _ when name.EndsWith("_key", StringComparison.Ordinal) => "WDK-2023-07",
        _ when name.EndsWith("_url", StringComparison.Ordinal) => "https://sichuan-dashboard.example.gov.cn/hooks/crossregion",
        _ => "万达开",
    };
}
