using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class AnnualTargetConfiguration : IEntityTypeConfiguration<AnnualTarget>
{
    public void Configure(EntityTypeBuilder<AnnualTarget> builder)
    {
        builder.ToTable("AnnualTargets");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Text).HasMaxLength(4000);
        builder.HasIndex(x => new { x.TaskId, x.Year }).IsUnique();
        builder.HasMany(x => x.Measures).WithOne().HasForeignKey(m => m.TargetId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(x => x.Measures).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
