using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// The document as a whole: what it is (info, server, tags), the shared components, operation ids unique per method,
/// ETag on the responses that carry a version, input schemas whose optional fields are optional, and descriptions
/// and examples everywhere (<see cref="ContractDescriptions"/>, <see cref="ContractExamples"/>).
/// </summary>
internal sealed class ContractDocumentTransformer : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "CrossRegion API";
        document.Info.Description = ContractDescriptions.Document;
        document.Info.Contact = new OpenApiContact { Name = "万达开云 joint office (联合办公室)", Url = new Uri("https://github.com/crossregion/crossregion") };
        document.Info.License = new OpenApiLicense { Name = "Proprietary: for the member jurisdictions and their integrators", Url = new Uri("https://github.com/crossregion/crossregion/blob/main/README.md") };
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        ContractComponents.Declare(document);
        FormSchemas.Describe(document);
        var operations = Operations(document).ToList();
        UniqueOperationIds(operations);
        var schemas = document.Components!.Schemas!;
        InputSchemas.MakeOptionalFieldsOptional(document, operations.Select(o => o.Operation), context.ApplicationServices);
        foreach (var (path, method, operation) in operations)
        {
            DeclareETag(document, schemas, method, operation);
            ContractDescriptions.Describe(document, path, method, operation);
        }

        ContractDescriptions.DescribeTags(document, operations.SelectMany(o => o.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name!).Distinct());
        ContractDescriptions.DescribeEnums(schemas);
        await ChangeEventSchemas.DeclareAsync(document, context, cancellationToken);
        ContractExamples.Add(document, operations.Select(o => o.Operation));
    }

    public static IEnumerable<(string Path, HttpMethod Method, OpenApiOperation Operation)> Operations(OpenApiDocument document) =>
        from path in document.Paths
        from operation in path.Value.Operations ?? new Dictionary<HttpMethod, OpenApiOperation>()
        select (path.Key, operation.Key, operation.Value);

    /// <summary>An endpoint mapped for GET and POST (the OpenID Connect ones) is two operations: the POST gets its own id.</summary>
    private static void UniqueOperationIds(List<(string Path, HttpMethod Method, OpenApiOperation Operation)> operations)
    {
        foreach (var group in operations.Where(o => o.Operation.OperationId is not null).GroupBy(o => o.Operation.OperationId).Where(g => g.Count() > 1))
        {
            foreach (var (_, method, operation) in group.Where(o => o.Method != HttpMethod.Get))
            {
                operation.OperationId += method.Method[..1] + method.Method[1..].ToLowerInvariant();
            }
        }
    }

    /// <summary>
    /// ETag on a read's JSON (RepresentationTagFilter tags every one) and on a write's answer whose body is a resource
    /// with a version or revision.
    /// </summary>
    private static void DeclareETag(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas, HttpMethod method, OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (!status.StartsWith('2') || response is not OpenApiResponse { Content: { } content } success
                || !content.TryGetValue("application/json", out var json))
            {
                continue;
            }

            var versioned = json.Schema is OpenApiSchemaReference { Reference.Id: { } id } && schemas.TryGetValue(id, out var schema)
                && schema.Properties is { } properties && (properties.ContainsKey("version") || properties.ContainsKey("revision"));
            if (!versioned && !(method == HttpMethod.Get && status == "200"))
            {
                continue;
            }

            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = new OpenApiHeaderReference(ContractComponents.ETag, document);
        }
    }
}
