using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class MilestoneSignOffConfiguration : IEntityTypeConfiguration<MilestoneSignOff>
{
    public void Configure(EntityTypeBuilder<MilestoneSignOff> builder)
    {
        builder.ToTable("MilestoneSignOffs");
        builder.HasKey(s => new { s.MilestoneId, s.JurisdictionCode });
        builder.Property(s => s.JurisdictionCode).HasMaxLength(8);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Text).HasMaxLength(2000);
        builder.Property(s => s.Link).HasMaxLength(500);
        builder.Property(s => s.By).HasMaxLength(128);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(s => s.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
