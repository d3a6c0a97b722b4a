using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ExtensionRequestConfiguration : IEntityTypeConfiguration<ExtensionRequest>
{
    public void Configure(EntityTypeBuilder<ExtensionRequest> builder)
    {
        builder.ToTable("ExtensionRequests");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.JurisdictionCode).HasMaxLength(8);
        builder.Property(e => e.Reason).HasMaxLength(2000);
        builder.Property(e => e.RequestedBy).HasMaxLength(128);
        builder.Property(e => e.DecidedBy).HasMaxLength(128);
        builder.Property(e => e.DecisionReason).HasMaxLength(2000);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(e => new { e.MilestoneId, e.Status });
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(e => e.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
