using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class MilestoneConfiguration : IEntityTypeConfiguration<Milestone>
{
    public void Configure(EntityTypeBuilder<Milestone> builder)
    {
        builder.ToTable("Milestones");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Title).HasMaxLength(500);
        builder.Property(m => m.TitleEn).HasMaxLength(500);
        builder.Property(m => m.DuePrecision).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);

        // Serves "next due" and overdue per task, and (by status, date) the chase over all open milestones.
        builder.HasIndex(m => new { m.TaskId, m.Status, m.DueDate });
        builder.HasIndex(m => new { m.Status, m.DueDate });
        builder.HasMany(m => m.Owners).WithOne().HasForeignKey(o => o.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Owners).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.SignOffs).WithOne().HasForeignKey(s => s.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.SignOffs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(m => m.Extensions).WithOne().HasForeignKey(e => e.MilestoneId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Extensions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
