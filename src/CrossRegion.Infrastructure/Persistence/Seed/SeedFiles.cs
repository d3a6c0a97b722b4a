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
        var assembly = typeof(SeedFiles).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Seed file {fileName} is empty.");
    }

    internal sealed record ReferenceFile(
        IReadOnlyList<JurisdictionRow> Jurisdictions,
        IReadOnlyList<ProgrammeRow> Programmes,
        IReadOnlyList<JointOfficeRow> JointOffices,
        IReadOnlyList<OrganisationRow> Organisations,
        IReadOnlyList<CategoryRow> Categories,
        IReadOnlyList<DepartmentRow> Departments);

    internal sealed record JurisdictionRow(
        string Code, string NameZh, string NameEn, string ProvinceZh, string ProvinceEn, JurisdictionKind Kind);

    internal sealed record ProgrammeRow(string Code, string NameZh, string NameEn, IReadOnlyList<string> Members);

    internal sealed record JointOfficeRow(string Code, string NameZh, string NameEn, IReadOnlyList<string> Programmes);

    internal sealed record OrganisationRow(string Code, string NameZh, string NameEn, Domain.Organisations.OrganisationKind Kind);

    internal sealed record CategoryRow(string Code, string NameZh, string NameEn);

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

    internal sealed record TaskRow(
        int Row,
        string Key,
        string? Parent,
        TaskListType ListType,
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
