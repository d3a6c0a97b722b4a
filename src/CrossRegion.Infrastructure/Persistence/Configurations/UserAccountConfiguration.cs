using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("Users");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.UserName).HasMaxLength(64);
        builder.HasIndex(u => u.UserName).IsUnique();
        builder.Property(u => u.DisplayName).HasMaxLength(128);
        builder.Property(u => u.JurisdictionCode).HasMaxLength(8);
        builder.HasIndex(u => u.JurisdictionCode);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.Phone).HasMaxLength(32);
        builder.Property(u => u.OrganisationCode).HasMaxLength(32);
        builder.HasOne<Domain.Organisations.Organisation>().WithMany().HasForeignKey(u => u.OrganisationCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(u => u.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(u => u.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
