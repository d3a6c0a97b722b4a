using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class JointOfficeProgrammeConfiguration : IEntityTypeConfiguration<JointOfficeProgramme>
{
    public void Configure(EntityTypeBuilder<JointOfficeProgramme> builder)
    {
        builder.ToTable("JointOfficeProgrammes");
        builder.HasKey(p => new { p.OfficeCode, p.ProgrammeCode });
        builder.Property(p => p.OfficeCode).HasMaxLength(16);
        builder.Property(p => p.ProgrammeCode).HasMaxLength(16);
        builder.HasOne<Programme>().WithMany().HasForeignKey(p => p.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
    }
}
