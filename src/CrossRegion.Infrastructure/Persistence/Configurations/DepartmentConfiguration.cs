using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Code).HasMaxLength(48);
        builder.HasIndex(d => d.Code).IsUnique();
        builder.Property(d => d.JurisdictionCode).HasMaxLength(8);
        builder.Property(d => d.NameZh).HasMaxLength(128);
        builder.Property(d => d.NameEn).HasMaxLength(128);
        builder.Property(d => d.FunctionCode).HasMaxLength(32);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32).HasDefaultValue(DepartmentKind.GovernmentDepartment).HasSentinel((DepartmentKind)0);
        builder.HasIndex(d => new { d.JurisdictionCode, d.FunctionCode });
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(d => d.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Aliases).WithOne().HasForeignKey(a => a.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Aliases).AutoInclude();
    }
}
