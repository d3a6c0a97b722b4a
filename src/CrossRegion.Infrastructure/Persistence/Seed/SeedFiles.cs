using System.Text.Json;
using System.Text.Json.Serialization;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Infrastructure.Persistence.Seed;

/// <summary>
/// Shapes of the data files shipped with the product: reference.json (jurisdictions, programmes, pillars,
/// departments) and wdk-2023.json (the 2023 joint key-task list transcribed from the official annex).
/// </summary>
internal static class SeedFiles
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static T Read<T>(string fileName)
    {
        using var stream = Open(fileName);
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }

    public static string ReadText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName), System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static Stream Open(string fileName)
    {
        var assembly = typeof(SeedFiles).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource)!;
    }

    internal sealed record ReferenceFile(
        IReadOnlyList<JurisdictionRow> Jurisdictions,
        IReadOnlyList<ProgrammeRow> Programmes,
        IReadOnlyList<JointOfficeRow> JointOffices,
        IReadOnlyList<OrganisationRow> Organisations,
        IReadOnlyList<CategoryRow> Categories,
        IReadOnlyList<DepartmentRow> Departments,
        IReadOnlyList<ListTypeRow> ListTypes,
        IReadOnlyList<ListSeedRow> ListSeeds,
        IReadOnlyList<IndicatorSeedRow> IndicatorSeeds);

    /// <summary>A year's indicator table shipped as a CSV in its printed layout (Seed/indicators), with its owning cities.</summary>
    internal sealed record IndicatorSeedRow(string Programme, int Year, string File, IReadOnlyList<string> Owners, string SourceDocument, bool SumsCities = false);

    internal sealed record JurisdictionRow(
        string Code, string NameZh, string NameEn, string ProvinceZh, string ProvinceEn, JurisdictionKind Kind);

    /// <param name="Owner">For a city's own programme, the city.</param>
    internal sealed record ProgrammeRow(string Code, string NameZh, string NameEn, IReadOnlyList<string> Members, string? Owner = null);

    internal sealed record JointOfficeRow(string Code, string NameZh, string NameEn, IReadOnlyList<string> Programmes);

    internal sealed record OrganisationRow(
        string Code, string NameZh, string NameEn, Domain.Organisations.OrganisationKind Kind, IReadOnlyList<string>? Aliases = null);

    internal sealed record CategoryRow(string Code, string NameZh, string NameEn, string Scheme);

    internal sealed record ListTypeRow(
        string Programme, int Year, string Code, string NameZh, string NameEn, string KeyPrefix, string? CategoryScheme,
        IReadOnlyList<ListColumn> Columns, int SortOrder);

    /// <summary>A list shipped as a CSV in its printed layout (Seed/lists), imported through the same importer as an upload.</summary>
    internal sealed record ListSeedRow(string Programme, int Year, string ListType, string File, string SourceDocument);

    internal sealed record DepartmentRow(
        string Code,
        string Jurisdiction,
        string NameZh,
        string NameEn,
        string Function,
        DepartmentKind Kind = DepartmentKind.GovernmentDepartment,
        string? Parent = null,
        IReadOnlyList<string>? Aliases = null);

    internal sealed record LedgerFile(string SourceDocument, IReadOnlyList<TaskRow> Tasks);

    /// <summary>The 争取 the 2023 list's tasks name, transcribed from their text.</summary>
    internal sealed record AskFile(string SourceDocument, string? Note, IReadOnlyList<AskRow> Asks);

    internal sealed record AskRow(string Task, string Kind, string Subject, IReadOnlyList<string> Addressees, IReadOnlyList<string> Submitters);

    internal sealed record TaskRow(
        int Row,
        string Key,
        string? Parent,
        string ListType,
        string Programme,
        string Category,
        string TitleZh,
        string TitleEn,
        IReadOnlyList<string> Aliases,
        PeriodRow Period,
        string Content,
        TaskStage? Stage,
        TargetRow Target,
        IReadOnlyList<PartyRow> Parties,
        IReadOnlyList<MilestoneRow> Milestones,
        string? Remarks);

    internal sealed record PeriodRow(string Text, int? Start, int? End);

    internal sealed record TargetRow(int Year, string Text, IReadOnlyList<MeasureRow> Measures);

    internal sealed record MeasureRow(
        string Metric, string? MetricEn, MeasureComparator Comparator, decimal Value, string Unit, string? Jurisdiction, string? SourceText);

    internal sealed record PartyRow(string Jurisdiction, PartyRole Role, IReadOnlyList<string> Units, string? Share);

    internal sealed record MilestoneRow(string Title, string? TitleEn, DateOnly Due, DatePrecision Precision, IReadOnlyList<string> Owners);
}
