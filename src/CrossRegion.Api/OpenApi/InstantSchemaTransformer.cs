using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// Instants are written by <see cref="Application.Common.Text.UtcInstantConverter"/>, a converter the schema generator
/// cannot see through: they are strings in date-time format (UTC with Z, to the millisecond), null where the field is
/// optional.
/// </summary>
internal sealed class InstantSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            schema.Type = type == typeof(DateTimeOffset) ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
            schema.Format = "date-time";
            schema.Description ??= "UTC with Z, to the millisecond, e.g. 2026-11-30T01:00:00.000Z.";
        }

        return Task.CompletedTask;
    }
}
