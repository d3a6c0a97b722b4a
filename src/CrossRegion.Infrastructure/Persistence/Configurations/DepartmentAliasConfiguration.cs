using CrossRegion.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentAliasConfiguration : IEntityTypeConfiguration<DepartmentAlias>
{
    public void Configure(EntityTypeBuilder<DepartmentAlias> builder)
    {
        builder.ToTable("DepartmentAliases");

        // One unit per short name in a city: 区交通局 is Wanzhou's on a Wanzhou line and Kaizhou's on a Kaizhou line.
        builder.HasKey(a => new { a.JurisdictionCode, a.Name });
        builder.Property(a => a.JurisdictionCode).HasMaxLength(8);
        builder.Property(a => a.Name).HasMaxLength(64);
        builder.HasIndex(a => a.DepartmentId);
    }
}
