using System.Globalization;

namespace CrossRegion.Application.Common.Text;

/// <summary>Messages are zh-CN by default and English when the request asks for it (Accept-Language: en).</summary>
public static class Localized
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Text(string zh, string en) => IsEnglish ? en : zh;
}
