using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class JointOfficeConfiguration : IEntityTypeConfiguration<JointOffice>
{
    public void Configure(EntityTypeBuilder<JointOffice> builder)
    {
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(16);
        builder.Property(o => o.NameZh).HasMaxLength(64);
        builder.Property(o => o.NameEn).HasMaxLength(64);
        builder.HasMany(o => o.Programmes).WithOne().HasForeignKey(p => p.OfficeCode);
        builder.Navigation(o => o.Programmes).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}
