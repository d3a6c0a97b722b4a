using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class JointOfficeAssignmentConfiguration : IEntityTypeConfiguration<JointOfficeAssignment>
{
    public void Configure(EntityTypeBuilder<JointOfficeAssignment> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.OfficeCode).HasMaxLength(16);
        builder.HasIndex(a => new { a.UserId, a.OfficeCode });
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JointOffice>().WithMany().HasForeignKey(a => a.OfficeCode).OnDelete(DeleteBehavior.Restrict);
    }
}
