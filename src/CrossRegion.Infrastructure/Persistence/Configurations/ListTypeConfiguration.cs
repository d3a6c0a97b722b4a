using System.Text.Json;
using System.Text.Json.Serialization;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ListTypeConfiguration : IEntityTypeConfiguration<ListType>
{
    // The columns are read and written whole (never queried), so one JSON document per list type.
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public void Configure(EntityTypeBuilder<ListType> builder)
    {
        builder.ToTable("ListTypes");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.ProgrammeCode).HasMaxLength(16);
        builder.Property(l => l.Code).HasMaxLength(ListTypeCodes.MaxLength);
        builder.Property(l => l.NameZh).HasMaxLength(64);
        builder.Property(l => l.NameEn).HasMaxLength(128);
        builder.Property(l => l.KeyPrefix).HasMaxLength(TaskKey.MaxLength);
        builder.Property(l => l.CategoryScheme).HasMaxLength(32);
        builder.Property(l => l.Columns)
            .HasConversion(
                columns => JsonSerializer.Serialize(columns, Json),
                json => JsonSerializer.Deserialize<List<ListColumn>>(json, Json) ?? new List<ListColumn>(),
                new ValueComparer<IReadOnlyList<ListColumn>>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    c => JsonSerializer.Serialize(c, Json).GetHashCode(StringComparison.Ordinal),
                    c => c.ToList()))
            .HasColumnName("ColumnsJson");
        builder.Ignore(l => l.Fields);
        builder.HasIndex(l => new { l.ProgrammeCode, l.Year, l.Code }).IsUnique();
        builder.HasOne<Programme>().WithMany().HasForeignKey(l => l.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
    }
}
