using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CrossRegion.Api.Endpoints;

internal static class EndpointGroupExtensions
{
    public static IEndpointRouteBuilder MapEndpointGroups(this IEndpointRouteBuilder app)
    {
        var groups = typeof(IEndpointGroup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IEndpointGroup).IsAssignableFrom(t))
            .Select(t => (IEndpointGroup)Activator.CreateInstance(t)!);
        var root = app.MapGroup(string.Empty).AddEndpointFilter<RepresentationTagFilter>();
        foreach (var group in groups)
        {
            group.Map(root);
        }

        return app;
    }

    /// <summary>The problem responses every authenticated endpoint can give.</summary>
    public static RouteHandlerBuilder WithStandardProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>403 for a visible party that does not own the milestone, 404 for a non-party, 412 on a concurrent change, 422 for a broken rule.</summary>
    public static RouteHandlerBuilder WithSignOffProblems(this RouteHandlerBuilder builder) =>
        builder.WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>
    /// A 200 that is JSON (<typeparamref name="T"/>) by default and a file in each of <paramref name="documentTypes"/>
    /// when the request asks for one (Accept or format=); the files are declared as binary content.
    /// </summary>
    public static RouteHandlerBuilder ProducesJsonOrDocument<T>(this RouteHandlerBuilder builder, params string[] documentTypes) =>
        builder.Produces<T>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response && response.Content is { } content)
                {
                    foreach (var type in documentTypes)
                    {
                        content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                    }
                }

                return Task.CompletedTask;
            });
}
