namespace CrossRegion.Infrastructure;

/// <summary>Configuration section <c>CrossRegion</c>.</summary>
public sealed class CrossRegionOptions
{
    public const string SectionName = "CrossRegion";

    /// <summary>Seeds the demo accounts and generates a local signing key. Never on in production.</summary>
    public bool DemoMode { get; set; }

    /// <summary>Folder for the SQLite file and the demo signing key; relative paths are under the content root.</summary>
    public string DataDirectory { get; set; } = "data";
}
