namespace CrossRegion.Domain.Tasks;

/// <summary>One value of a choice column: its code, the words the list prints, an English working name, other spellings.</summary>
public sealed record ListOption(string Code, string NameZh, string NameEn, IReadOnlyList<string>? Aliases = null)
{
    public bool IsNamed(string text) =>
        string.Equals(Code, text, StringComparison.OrdinalIgnoreCase) || NameZh == text || (Aliases?.Contains(text, StringComparer.Ordinal) ?? false);
}
