using System.Globalization;

namespace CrossRegion.Api.WebConsole;

/// <summary>Amounts as forms read them and pages show them: typed with a point (万元, 亩 …), shown with thousands separators.</summary>
public static class Amounts
{
    public static string Show(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>An amount as typed: empty is none; false for text that is no number.</summary>
    public static bool TryRead(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var read = decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value);
        amount = read ? value : null;
        return read;
    }

    /// <summary>The refusal of text that is no number, under its field, before anything is sent.</summary>
    public static Refusal NotANumber(string field)
    {
        var message = Lang.Of("请填写数字。", "Enter a number.");
        return new Refusal(message, new Dictionary<string, string> { [field] = message });
    }
}
