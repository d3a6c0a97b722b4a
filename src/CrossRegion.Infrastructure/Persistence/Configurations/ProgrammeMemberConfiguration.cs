using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeMemberConfiguration : IEntityTypeConfiguration<ProgrammeMember>
{
    public void Configure(EntityTypeBuilder<ProgrammeMember> builder)
    {
        builder.ToTable("ProgrammeMembers");
        builder.HasKey(m => new { m.ProgrammeCode, m.JurisdictionCode });
        builder.Property(m => m.JurisdictionCode).HasMaxLength(8);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(m => m.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
