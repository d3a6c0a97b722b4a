using System.Security.Cryptography;
using System.Text;

namespace CrossRegion.Infrastructure.Identity;

/// <summary>
/// Secret keys of an installation (token signing, audit seal): from configuration (text, or <c>base64:…</c>), or in
/// demo mode a random key generated once and kept beside the database; anything else refuses to start.
/// </summary>
internal static class InstallationKeys
{
    /// <param name="demoKeyFile">Where a demo installation keeps its generated key; null outside demo mode.</param>
    public static byte[] Resolve(string? configured, string? demoKeyFile, string settingName, int minimumBytes)
    {
        var secret = configured is { Length: > 0 }
            ? Decode(configured)
            : demoKeyFile is not null
                ? DemoKey(demoKeyFile)
                : throw new InvalidOperationException(
                    $"No {settingName} is configured (at least {minimumBytes} bytes); only demo mode generates a key by itself.");
        return secret.Length >= minimumBytes
            ? secret
            : throw new InvalidOperationException($"{settingName} must be at least {minimumBytes} bytes.");
    }

    private static byte[] Decode(string configured) =>
        configured.StartsWith("base64:", StringComparison.Ordinal)
            ? Convert.FromBase64String(configured["base64:".Length..])
            : Encoding.UTF8.GetBytes(configured);

    private static byte[] DemoKey(string path)
    {
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        return key;
    }
}
