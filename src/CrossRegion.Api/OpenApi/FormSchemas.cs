using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// What forms and files look like on the wire, where the endpoint's binding type says otherwise: a form carries the
/// file in its <c>file</c> field (with <c>milestone_id</c> / <c>ask_id</c> for an attachment), a CSV body is text
/// (with a sample of its columns), and a list's fields are a map of column keys to values.
/// </summary>
internal static class FormSchemas
{
    private const string AttachmentUpload = "AttachmentUpload";

    private static readonly Dictionary<string, string> CsvSamples = new(StringComparer.Ordinal)
    {
        ["/api/v1/imports/tasks"] =
            "序号,项目名称,建设时限,主要内容,2023年目标任务,责任单位,备注\n" +
            "1,万达开天然气管网互联互通工程,2023—2025年,建成万州至达州至开州天然气输气管道,完成可研批复,达州市发展改革委、开州区发展改革委,\n",
        ["/api/v1/admin/users/import"] =
            "username,display_name,jurisdiction,department,roles,email,phone\n" +
            "yy.water,李华,YY,YY-WATER,department_officer,li.hua@yunyang.example.gov.cn,023-55100000\n",
    };

    public static void Describe(OpenApiDocument document)
    {
        var schemas = document.Components!.Schemas!;
        schemas[AttachmentUpload] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The form of an upload: the file, and the milestone it is evidence for or the ask it documents (at most one).",
            Required = new HashSet<string> { "file" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The file (PDF, image, office document); checked by its content, not its name." },
                ["milestone_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The milestone the file is evidence for." },
                ["ask_id"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid", Description = "The ask the file documents." },
            },
        };
        schemas.Remove("ReadOnlyMemoryOfbyte");

        foreach (var (path, item) in document.Paths)
        {
            foreach (var operation in (item.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()).Values)
            {
                Describe(path, operation);
            }
        }
    }

    private static void Describe(string path, OpenApiOperation operation)
    {
        foreach (var (type, media) in operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
        {
            if (type == "multipart/form-data" && media.Schema is OpenApiSchema { Type: JsonSchemaType.String })
            {
                media.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "file" },
                    Properties = new Dictionary<string, IOpenApiSchema>
                    {
                        ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The CSV file, UTF-8 with or without BOM." },
                    },
                };
            }
            else if (type == "text/csv" && CsvSamples.TryGetValue(path, out var sample))
            {
                media.Example = JsonValue.Create(sample);
            }
            else if (type == "application/json" && media.Schema is OpenApiSchema { Type: JsonSchemaType.Object, Properties: null or { Count: 0 } } map
                && path.EndsWith("/fields", StringComparison.Ordinal))
            {
                map.Description = "The list item's columns to change, by column key (GET /api/v1/list-types lists each type's columns): a number, text, a choice's code or a date; null clears a column.";
                map.AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Number | JsonSchemaType.String | JsonSchemaType.Boolean | JsonSchemaType.Null };
                media.Example = new JsonObject { ["total_investment"] = 120.5, ["construction_batch"] = "continuing" };
            }
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.StartsWith('2') && response.Content?.TryGetValue("text/html", out var html) == true && html.Example is null)
            {
                html.Example = JsonValue.Create("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>万达开川渝统筹发展示范区 2026年第三季度通报</title></head><body>…</body></html>");
            }

            if (status.StartsWith('2') && response.Content?.TryGetValue("text/csv", out var csv) == true && csv.Example is null)
            {
                csv.Example = JsonValue.Create(
                    "序号,项目名称,英文名称,类别,建设时限,主要内容,2026年目标任务,责任单位,备注,台账编号,状态,下一节点,是否逾期\n" +
                    "1,万达开天然气管网互联互通工程,Wanzhou–Dazhou–Kaizhou gas grid interconnection,共构基础设施网络,2023—2025年,建成万州至达州至开州天然气输气管道," +
                    "完成主体工程,达州市发展改革委,,WDK-2023-07,进行中,2026-12-31,否\n");
            }
        }
    }
}
