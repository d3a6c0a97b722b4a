using System.Text.Json.Nodes;
using CrossRegion.Application.Changes.Common;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// A change (in the feed and in webhooks) is one of the event types, each with its own data: <c>ChangeDto</c> is a
/// <c>oneOf</c> of one schema per type (<c>TaskCreatedChange</c> …), told apart by <c>type</c>, so that generated
/// clients narrow <c>data</c> by switching on <c>type</c>.
/// </summary>
internal static class ChangeEventSchemas
{
    public const string Change = "ChangeDto";

    public static async Task DeclareAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components!.Schemas!;
        if (!schemas.TryGetValue(Change, out var generic) || generic.Properties is not { } properties)
        {
            return;
        }

        foreach (var data in EventPayloads.Types.Select(t => t.Data).Distinct())
        {
            var schema = await context.GetOrCreateSchemaAsync(data, null, cancellationToken);
            if (schema is OpenApiSchema described && data.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false) is [System.ComponentModel.DescriptionAttribute text, ..])
            {
                described.Description = text.Description;
            }

            schemas[data.Name] = schema;
        }

        var mapping = new Dictionary<string, OpenApiSchemaReference>();
        var variants = new List<IOpenApiSchema>();
        foreach (var (type, data) in EventPayloads.Types)
        {
            var name = string.Concat(type.Split('.', '_').Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "Change";
            schemas[name] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = $"A `{type}` event.",
                Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal),
                Properties = properties.ToDictionary(
                    p => p.Key,
                    p => p.Key switch
                    {
                        "type" => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type)], Description = "The event type." },
                        "data" => (IOpenApiSchema)new OpenApiSchemaReference(data.Name, document),
                        _ => p.Value,
                    },
                    StringComparer.Ordinal),
            };
            var reference = new OpenApiSchemaReference(name, document);
            mapping[type] = reference;
            variants.Add(reference);
        }

        schemas[Change] = new OpenApiSchema
        {
            Description = "One event of the change feed (as webhooks deliver it): its position in the feed, its type, when it happened and the data of that type. " +
                "Types: " + string.Join(", ", EventPayloads.Types.Select(t => $"`{t.Type}`")) + ".",
            OneOf = variants,
            Discriminator = new OpenApiDiscriminator { PropertyName = "type", Mapping = mapping },
        };
    }
}
