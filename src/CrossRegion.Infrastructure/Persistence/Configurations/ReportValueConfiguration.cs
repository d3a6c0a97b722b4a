using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ReportValueConfiguration : IEntityTypeConfiguration<ReportValue>
{
    public void Configure(EntityTypeBuilder<ReportValue> builder)
    {
        builder.ToTable("ReportValues");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Value).HasPrecision(18, 6);
        builder.Property(v => v.NormalisedValue).HasPrecision(18, 6);
        builder.Property(v => v.Unit).HasMaxLength(16);
        builder.Property(v => v.NormalisedUnit).HasMaxLength(16);
        builder.HasIndex(v => new { v.ReportId, v.MeasureId }).IsUnique();
        builder.HasOne<Measure>().WithMany().HasForeignKey(v => v.MeasureId).OnDelete(DeleteBehavior.Restrict);
    }
}
