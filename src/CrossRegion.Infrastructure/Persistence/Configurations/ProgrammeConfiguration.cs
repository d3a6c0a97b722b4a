using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> builder)
    {
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(16);
        builder.Property(p => p.NameZh).HasMaxLength(64);
        builder.Property(p => p.NameEn).HasMaxLength(64);
        builder.Property(p => p.OwnerJurisdiction).HasMaxLength(8);
        builder.Property(p => p.SharedWithOffice).HasMaxLength(16);
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.ProgrammeCode);
        builder.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
