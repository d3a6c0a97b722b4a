using System.Text.Json;
using CrossRegion.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationSchemeConfiguration : IEntityTypeConfiguration<EvaluationScheme>
{
    // The rules are read and written whole (never queried): one JSON document per year, as the API shows it.
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public void Configure(EntityTypeBuilder<EvaluationScheme> builder)
    {
        builder.ToTable("EvaluationSchemes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.Year).IsUnique();
        builder.Property(s => s.Rules)
            .HasConversion(
                rules => JsonSerializer.Serialize(rules, Json),
                json => JsonSerializer.Deserialize<SchemeRules>(json, Json)!,
                new ValueComparer<SchemeRules>(
                    (a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    r => JsonSerializer.Serialize(r, Json).GetHashCode(StringComparison.Ordinal),
                    r => r))
            .HasColumnName("RulesJson");
        builder.Property(s => s.Revision).IsConcurrencyToken();
        builder.Property(s => s.UpdatedBy).HasMaxLength(128);
    }
}
