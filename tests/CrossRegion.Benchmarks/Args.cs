namespace CrossRegion.Benchmarks;

internal sealed class Args
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Args Parse(string[] args)
    {
        var parsed = new Args();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            parsed._values[args[i].TrimStart('-')] = args[i + 1];
        }

        return parsed;
    }

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public bool TryGet(string name, out string value) => _values.TryGetValue(name, out value!);
}
