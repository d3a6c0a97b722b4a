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

            var mandatory = Types.Value.TryGetValue(id, out var type) ? Mandatory(type, services) : [];
            var required = properties.Where(p => (schema.Required?.Contains(p.Key) == true && !Nullable(p.Value)) || mandatory.Contains(p.Key))
                .Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
            schema.Required = required;
            foreach (var (name, values) in type is null ? [] : Choices(type, services))
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

    /// <summary>The fields whose rule is one of an enum's values (ChoiceRules.OneOf): typed as that enum.</summary>
    private static Dictionary<string, Type> Choices(Type type, IServiceProvider services)
    {
        var choices = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var command in type.GetCustomAttribute<CommandRulesAttribute>()?.Commands ?? [type])
        {
            if (services.GetService(typeof(IValidator<>).MakeGenericType(command)) is not IValidator validator)
            {
                continue;
            }

            var descriptor = validator.CreateDescriptor();
            foreach (var member in descriptor.GetMembersWithValidators())
            {
                if (member.Select(r => r.Validator).OfType<Application.Common.Text.IEnumTextValidator>().FirstOrDefault() is { } rule
                    && descriptor.GetRulesForMember(member.Key).All(r => !IsCollectionRule(r)))
                {
                    choices[JsonNamingPolicy.SnakeCaseLower.ConvertName(member.Key)] = rule.EnumType;
                }
            }
        }

        return choices;
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
    private static HashSet<string> Mandatory(Type type, IServiceProvider services)
    {
        var commands = type.GetCustomAttribute<CommandRulesAttribute>()?.Commands ?? [type];
        var names = type.GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).ToHashSet(StringComparer.Ordinal);
        var required = commands.Select(command => RequiredBy(command, names, services)).Aggregate((a, b) => [.. a.Intersect(b)]);
        required.UnionWith(type.GetConstructors().SelectMany(c => c.GetParameters())
            .Where(p => p.GetCustomAttribute<System.ComponentModel.DataAnnotations.RequiredAttribute>() is not null)
            .Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name!)));
        return required;
    }

    private static HashSet<string> RequiredBy(Type command, HashSet<string> names, IServiceProvider services)
    {
        if (services.GetService(typeof(IValidator<>).MakeGenericType(command)) is not IValidator validator)
        {
            return [];
        }

        // The validators name members as the wire does (snake_case; see the property name resolver). A rule over a
        // collection's elements (RuleForEach) says nothing about the collection itself being there.
        var descriptor = validator.CreateDescriptor();
        return descriptor.GetMembersWithValidators().Select(member => member.Key)
            .Where(member => names.Contains(JsonNamingPolicy.SnakeCaseLower.ConvertName(member))
                && descriptor.GetRulesForMember(member).Where(rule => !IsCollectionRule(rule) && !rule.HasCondition && !rule.HasAsyncCondition)
                    .SelectMany(rule => rule.Components).Any(Unconditional))
            .Select(member => JsonNamingPolicy.SnakeCaseLower.ConvertName(member))
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsCollectionRule(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static bool Unconditional(IRuleComponent component) =>
        component.Validator is INotNullValidator or INotEmptyValidator && !component.HasCondition && !component.HasAsyncCondition;
}
