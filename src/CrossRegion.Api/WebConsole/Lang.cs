using System.Globalization;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// The console speaks the request's (or circuit's) culture: zh-CN unless the person chose English (the language switch
/// or Accept-Language). Dates are Beijing dates written as each language writes them.
/// </summary>
internal static class Lang
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string HtmlLanguage => IsEnglish ? "en" : "zh-CN";

    public static string Of(string zh, string en) => IsEnglish ? en : zh;

    public static string Of((string Zh, string En) text) => Of(text.Zh, text.En);

    /// <summary>The language switch: the other language, back to the page the person is on.</summary>
    public static string SwitchLink(Microsoft.AspNetCore.Components.NavigationManager navigation) =>
        $"account/language?lang={(IsEnglish ? "zh-CN" : "en")}&returnUrl={Uri.EscapeDataString("/" + navigation.ToBaseRelativePath(navigation.Uri))}";

    /// <summary>A list as each language writes one: 达州市、万州区 / Dazhou, Wanzhou.</summary>
    public static string List(IEnumerable<string> items) => string.Join(IsEnglish ? ", " : "、", items);

    /// <summary>2026年11月30日 / 30 Nov 2026.</summary>
    public static string Date(DateOnly date) =>
        IsEnglish ? date.ToString("d MMM yyyy", CultureInfo.InvariantCulture) : $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Date(DateOnly? date) => date is { } value ? Date(value) : "—";

    /// <summary>An instant as Beijing time: 2026年11月30日 14:05 / 30 Nov 2026 14:05.</summary>
    public static string Instant(DateTimeOffset instant)
    {
        var beijing = TimeZoneInfo.ConvertTime(instant, Shanghai);
        return $"{Date(DateOnly.FromDateTime(beijing.DateTime))} {beijing:HH:mm}";
    }

    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
}
