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

internal sealed class EvaluationRunConfiguration : IEntityTypeConfiguration<EvaluationRun>
{
    public void Configure(EntityTypeBuilder<EvaluationRun> builder)
    {
        builder.ToTable("EvaluationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.Year, r.Version }).IsUnique();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.CreatedBy).HasMaxLength(128);
        builder.Property(r => r.PublishedBy).HasMaxLength(128);
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Adjustments).WithOne().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Appeals).WithOne().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Adjustments).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Appeals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EvaluationItemConfiguration : IEntityTypeConfiguration<EvaluationItem>
{
    public void Configure(EntityTypeBuilder<EvaluationItem> builder)
    {
        builder.ToTable("EvaluationItems");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.RunId, i.Jurisdiction, i.Seq });
        builder.Property(i => i.Section).HasMaxLength(16).IsUnicode(false);
        builder.Property(i => i.Jurisdiction).HasMaxLength(8);
        builder.Property(i => i.Departments).HasMaxLength(2000).IsUnicode(false);
        builder.Property(i => i.TaskKey).HasMaxLength(64);
        builder.Property(i => i.ListType).HasMaxLength(32);
        builder.Property(i => i.Subject).HasMaxLength(300);
        builder.Property(i => i.SubjectRef).HasMaxLength(64);
        builder.Property(i => i.Weight).HasPrecision(9, 4);
        builder.Property(i => i.Outcome).HasMaxLength(16).IsUnicode(false);
        builder.Property(i => i.JudgedOutcome).HasMaxLength(16).IsUnicode(false);
        builder.Ignore(i => i.DepartmentIds);
    }
}

internal sealed class EvaluationAdjustmentConfiguration : IEntityTypeConfiguration<EvaluationAdjustment>
{
    public void Configure(EntityTypeBuilder<EvaluationAdjustment> builder)
    {
        builder.ToTable("EvaluationAdjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Jurisdiction).HasMaxLength(8);
        builder.Property(a => a.Points).HasPrecision(9, 2);
        builder.Property(a => a.Reason).HasMaxLength(500);
        builder.Property(a => a.Evidence).HasMaxLength(500);
        builder.Property(a => a.By).HasMaxLength(128);
    }
}

internal sealed class EvaluationAppealConfiguration : IEntityTypeConfiguration<EvaluationAppeal>
{
    public void Configure(EntityTypeBuilder<EvaluationAppeal> builder)
    {
        builder.ToTable("EvaluationAppeals");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.ItemId);
        builder.Property(a => a.Jurisdiction).HasMaxLength(8);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.FiledBy).HasMaxLength(128);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Outcome).HasMaxLength(16);
        builder.Property(a => a.Answer).HasMaxLength(1000);
        builder.Property(a => a.AnsweredBy).HasMaxLength(128);
    }
}
