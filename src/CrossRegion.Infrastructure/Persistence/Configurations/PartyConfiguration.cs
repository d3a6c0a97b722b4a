using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.ToTable("Parties");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.JurisdictionCode).HasMaxLength(8);
        builder.Property(p => p.Role).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Share).HasMaxLength(2000);
        builder.Property(p => p.Pledged).HasPrecision(18, 2);

        // One party per jurisdiction and task; the (jurisdiction, task) index serves the visibility predicate.
        builder.HasIndex(p => new { p.TaskId, p.JurisdictionCode }).IsUnique();
        builder.HasIndex(p => new { p.JurisdictionCode, p.TaskId, p.Role });

        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(p => p.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Departments).WithOne().HasForeignKey(d => d.PartyId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Departments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
