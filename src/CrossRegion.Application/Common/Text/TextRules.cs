namespace CrossRegion.Application.Common.Text;

/// <summary>
/// What text the platform accepts, decided once (docs/security.md): no control characters other than tab, line feed
/// and carriage return (U+0000 included, which PostgreSQL refuses), and no bidirectional override or isolate
/// characters (U+202A–U+202E, U+2066–U+2069), which make a title or key read differently from what it is
/// ("Trojan Source"). Official Chinese text needs neither; both are refused in every field, not only titles and keys.
/// </summary>
public static class TextRules
{
    public static bool IsAllowed(char c) =>
        c is '\t' or '\n' or '\r' || !(char.IsControl(c) || IsBidiControl(c));

    public static bool IsAllowed(string? text) => text is null || text.All(IsAllowed);

    /// <summary>The message for a field that breaks the rule, naming the first offending character.</summary>
    public static string Violation(string text)
    {
        var bad = text.First(c => !IsAllowed(c));
        var code = $"U+{(int)bad:X4}";
        return IsBidiControl(bad)
            ? Localized.Text($"不能包含双向文本控制字符（{code}）。", $"Must not contain a bidirectional control character ({code}).")
            : Localized.Text($"不能包含控制字符（{code}）。", $"Must not contain a control character ({code}).");
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
