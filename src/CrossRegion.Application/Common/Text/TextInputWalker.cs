using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using FluentValidation.Results;

namespace CrossRegion.Application.Common.Text;

/// <summary>
/// Walks a request's strings (properties, nested inputs of this project, lists of either) and reports each one that
/// breaks <see cref="TextRules"/> under its JSON path (<c>parties[0].departments[1]</c>).
/// </summary>
internal static class TextInputWalker
{
    private const int MaxDepth = 8;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static void Visit(object? value, List<ValidationFailure> failures) => Visit(value, string.Empty, failures, 0);

    private static void Visit(object? value, string path, List<ValidationFailure> failures, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                if (!TextRules.IsAllowed(text))
                {
                    failures.Add(new ValidationFailure(path, TextRules.Violation(text)));
                }

                return;
            case IEnumerable items when depth < MaxDepth:
                var index = 0;
                foreach (var item in items)
                {
                    Visit(item, $"{path}[{index++}]", failures, depth + 1);
                }

                return;
        }

        if (depth >= MaxDepth || !IsOurs(value.GetType()))
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), Readable))
        {
            var name = JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name);
            Visit(property.GetValue(value), path.Length == 0 ? name : $"{path}.{name}", failures, depth + 1);
        }
    }

    private static bool IsOurs(Type type) =>
        type is { IsEnum: false, IsPrimitive: false } && type.Namespace?.StartsWith("CrossRegion", StringComparison.Ordinal) == true;

    private static PropertyInfo[] Readable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Where(p => p.PropertyType == typeof(string) || !p.PropertyType.IsValueType || IsOurs(p.PropertyType))
            .ToArray();
}
