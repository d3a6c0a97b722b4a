using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class MilestoneOwnerConfiguration : IEntityTypeConfiguration<MilestoneOwner>
{
    public void Configure(EntityTypeBuilder<MilestoneOwner> builder)
    {
        builder.ToTable("MilestoneOwners");
        builder.HasKey(o => new { o.MilestoneId, o.JurisdictionCode });
        builder.Property(o => o.JurisdictionCode).HasMaxLength(8);
        builder.HasIndex(o => o.JurisdictionCode);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(o => o.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
