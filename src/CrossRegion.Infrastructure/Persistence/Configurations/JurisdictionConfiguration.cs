using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class JurisdictionConfiguration : IEntityTypeConfiguration<Jurisdiction>
{
    public void Configure(EntityTypeBuilder<Jurisdiction> builder)
    {
        builder.HasKey(j => j.Code);
        builder.Property(j => j.Code).HasMaxLength(8);
        builder.Property(j => j.NameZh).HasMaxLength(64);
        builder.Property(j => j.NameEn).HasMaxLength(64);
        builder.Property(j => j.ProvinceZh).HasMaxLength(64);
        builder.Property(j => j.ProvinceEn).HasMaxLength(64);
    }
}
