using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace CrossRegion.Api.OpenApi;

/// <summary>
/// A request body type whose fields the named command's validator checks (the body is read into that command): the
/// fields its rules require without condition are the body's required fields.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class CommandRulesAttribute(params Type[] commands) : Attribute
{
    /// <summary>The commands the body is read into (one per operation that takes it): required where all require.</summary>
    public IReadOnlyList<Type> Commands { get; } = commands;
}

/// <summary>
/// Request bodies say which fields are mandatory: a field is required when its type cannot be null or when the
/// validator of what it is read into requires it unconditionally (NotNull / NotEmpty without When); every other field
/// is optional and may be left out. Generated types read the difference (a partial PATCH compiles).
/// </summary>
internal static class InputSchemas
{
    private static readonly Lazy<Dictionary<string, Type>> Types = new(() =>
        new[] { typeof(InputSchemas).Assembly, typeof(Application.DependencyInjection).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsGenericType)
            .GroupBy(t => t.Name)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    public static void MakeOptionalFieldsOptional(OpenApiDocument document, IEnumerable<OpenApiOperation> operations, IServiceProvider services)
    {
        var schemas = document.Components!.Schemas!;
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in operations.Select(o => o.RequestBody).OfType<OpenApiRequestBody>())
        {
            foreach (var media in body.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, inputs);
            }
        }

        foreach (var id in inputs)
        {
            if (schemas[id] is not OpenApiSchema { Properties: { } properties } schema)
            {
                continue;
            }

            var shapes = Types.Value.TryGetValue(id, out var type) ? Shapes(type, services) : [];
            var mandatory = type is null ? [] : Mandatory(type, shapes);
            var required = properties.Where(p => (schema.Required?.Contains(p.Key) == true && !Nullable(p.Value)) || mandatory.Contains(p.Key))
                .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            schema.Required = required;
            foreach (var (name, values) in shapes.SelectMany(shape => shape.Choices))
            {
                if (properties.ContainsKey(name) && schemas.ContainsKey(values.Name))
                {
                    var reference = new OpenApiSchemaReference(values.Name, document);
                    properties[name] = required.Contains(name)
                        ? reference
                        : new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] };
                }
            }
        }
    }

    /// <summary>The schema ids a request body refers to, through properties, items and compositions.</summary>
    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> into)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference { Reference.Id: { } id }:
                if (into.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Collect(target, schemas, into);
                }

                return;
        }

        foreach (var child in (schema.Properties?.Values ?? []).Concat(schema.OneOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.AllOf ?? [])
                     .Append(schema.Items).Append(schema.AdditionalProperties))
        {
            Collect(child, schemas, into);
        }
    }

    private static bool Nullable(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        || (schema.OneOf ?? []).Any(s => s.Type == JsonSchemaType.Null);

    /// <summary>The snake_case names of the fields the type's (or its commands') validators require without condition, or [Required] marks.</summary>
    private static HashSet<string> Mandatory(Type type, IReadOnlyList<CommandShape> shapes)
    {
        var names = type.GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);
        var required = shapes.Count == 0
            ? []
            : shapes.Select(shape => shape.Required.Where(names.Contains).ToHashSet(StringComparer.Ordinal)).Aggregate((a, b) => [.. a.Intersect(b)]);
        required.UnionWith(type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.GetCustomAttribute<System.ComponentModel.DataAnnotations.RequiredAttribute>() is not null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)));
        return required;
    }

    /// <summary>What the validator of each command a body is read into says, read once per command.</summary>
    private static List<CommandShape> Shapes(Type type, IServiceProvider services) =>
        (type.GetCustomAttribute<CommandRulesAttribute>()?.Commands ?? [type]).Select(command => Shape(command, services)).ToList();

    // The validators name members as the wire does (snake_case; see the property name resolver). A field is required
    // when a rule that is not over a collection's elements (RuleForEach says nothing about the collection itself being
    // there) requires it without condition; it takes an enum's values when its rule is ChoiceRules.OneOf.
    private static CommandShape Shape(Type command, IServiceProvider services)
    {
        var shape = new CommandShape([], new Dictionary<string, Type>(StringComparer.Ordinal));
        if (services.GetService(typeof(IValidator<>).MakeGenericType(command)) is not IValidator validator)
        {
            return shape;
        }

        var descriptor = validator.CreateDescriptor();
        foreach (var member in descriptor.GetMembersWithValidators())
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Key);
            var rules = descriptor.GetRulesForMember(member.Key).ToList();
            if (rules.Where(rule => !IsCollectionRule(rule) && !rule.HasCondition && !rule.HasAsyncCondition).SelectMany(rule => rule.Components).Any(Unconditional))
            {
                shape.Required.Add(name);
            }

            if (member.Select(r => r.Validator).OfType<Application.Common.Text.IEnumTextValidator>().FirstOrDefault() is { } choice && rules.All(r => !IsCollectionRule(r)))
            {
                shape.Choices[name] = choice.EnumType;
            }
        }

        return shape;
    }

    private sealed record CommandShape(List<string> Required, Dictionary<string, Type> Choices);

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static bool Unconditional(IRuleComponent component) =>
        component.Validator is INotNullValidator or INotEmptyValidator && !component.HasCondition && !component.HasAsyncCondition;
}
