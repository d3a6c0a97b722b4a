using System.Text.Json;

namespace CrossRegion.Application.Common.Text;

/// <summary>Enums travel as snake_case words (<c>joint_key_task</c>), the same policy the JSON serializer uses.</summary>
public static class EnumText
{
    public static string ToText<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToText(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value of a word a validator has already checked (OneOf); anything else is a programming error.</summary>
    public static T Parse<T>(string? text)
        where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new ArgumentException($"'{text}' is not a {typeof(T).Name}.", nameof(text));

    public static string Choices<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(ToText));
}
