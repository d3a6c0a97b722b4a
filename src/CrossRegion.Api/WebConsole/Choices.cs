namespace CrossRegion.Api.WebConsole;

/// <summary>Check boxes that add to or take from a set (units, owners, roles).</summary>
internal static class Choices
{
    public static void Toggle(this ISet<string> chosen, string value, bool on)
    {
        if (on)
        {
            chosen.Add(value);
        }
        else
        {
            chosen.Remove(value);
        }
    }
}
