using CrossRegion.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class PausedJobConfiguration : IEntityTypeConfiguration<PausedJob>
{
    public void Configure(EntityTypeBuilder<PausedJob> builder)
    {
        builder.ToTable("PausedJobs");
        builder.HasKey(p => p.Job);
        builder.Property(p => p.Job).HasMaxLength(64);
        builder.Property(p => p.PausedBy).HasMaxLength(200);
    }
}
