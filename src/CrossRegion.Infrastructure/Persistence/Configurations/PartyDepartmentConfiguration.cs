using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class PartyDepartmentConfiguration : IEntityTypeConfiguration<PartyDepartment>
{
    public void Configure(EntityTypeBuilder<PartyDepartment> builder)
    {
        builder.ToTable("PartyDepartments");
        builder.HasKey(d => new { d.PartyId, d.DepartmentId });
        builder.HasIndex(d => d.DepartmentId);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
