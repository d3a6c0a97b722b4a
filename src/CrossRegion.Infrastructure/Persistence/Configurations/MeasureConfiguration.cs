using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> builder)
    {
        builder.ToTable("Measures");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Metric).HasMaxLength(128);
        builder.Property(m => m.MetricEn).HasMaxLength(128);
        builder.Property(m => m.Comparator).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.Property(m => m.Unit).HasMaxLength(16);
        builder.Property(m => m.JurisdictionCode).HasMaxLength(8);
        builder.Property(m => m.SourceText).HasMaxLength(256);
        builder.HasIndex(m => m.TargetId);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(m => m.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
