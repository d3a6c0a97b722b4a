using CrossRegion.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.ToTable("JobRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Job).HasMaxLength(64);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Outcome).HasMaxLength(16);
        builder.Property(r => r.Summary).HasMaxLength(2000);
        builder.HasIndex(r => new { r.Job, r.StartedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}
