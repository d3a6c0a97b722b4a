using CrossRegion.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(32);
        builder.Property(o => o.NameZh).HasMaxLength(128);
        builder.Property(o => o.NameEn).HasMaxLength(128);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        builder.PrimitiveCollection(o => o.Aliases);
    }
}
