using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class CoordinatedTaskConfiguration : IEntityTypeConfiguration<CoordinatedTask>
{
    public void Configure(EntityTypeBuilder<CoordinatedTask> builder)
    {
        builder.ToTable("Tasks");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Key).HasMaxLength(TaskKey.MaxLength);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.Property(t => t.ListType).HasMaxLength(ListTypeCodes.MaxLength);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ProposedBy).HasMaxLength(128);
        builder.Property(t => t.ProposedFor).HasMaxLength(8);
        builder.Property(t => t.Stage).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ProgrammeCode).HasMaxLength(16);
        builder.Property(t => t.CategoryCode).HasMaxLength(32);
        builder.Property(t => t.TitleZh).HasMaxLength(300);
        builder.Property(t => t.TitleEn).HasMaxLength(300);
        builder.Property(t => t.PeriodText).HasMaxLength(64);
        builder.Property(t => t.MainContent).HasMaxLength(8000);
        builder.Property(t => t.SourceDocument).HasMaxLength(300);
        builder.Property(t => t.Remarks).HasMaxLength(2000);

        // The ledger's filters; visibility itself is served by the party indexes.
        builder.HasIndex(t => new { t.ProgrammeCode, t.Key });
        builder.HasIndex(t => new { t.CategoryCode, t.Key });
        builder.HasIndex(t => new { t.Status, t.Key });
        builder.HasIndex(t => t.ParentTaskId);
        builder.HasIndex(t => t.NextDueDate);
        builder.HasIndex(t => new { t.ProgrammeCode, t.ListYear, t.ListType });
        builder.HasIndex(t => t.PredecessorId);
        builder.HasIndex(t => t.ContributesToTaskId);
        builder.Property(t => t.Version).IsConcurrencyToken();

        builder.HasOne<Programme>().WithMany().HasForeignKey(t => t.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Category>().WithMany().HasForeignKey(t => t.CategoryCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Parent).WithMany().HasForeignKey(t => t.ParentTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(t => t.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(t => t.ContributesToTaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.Fields).WithOne().HasForeignKey(f => f.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.StageHistory).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Fields).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.StageHistory).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(t => t.Preparation).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Spending).WithOne().HasForeignKey(s => s.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Preparation).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.Spending).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(t => t.Aliases).WithOne().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Organisations).WithOne().HasForeignKey(o => o.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Parties).WithOne().HasForeignKey(p => p.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Targets).WithOne().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(t => t.Milestones).WithOne().HasForeignKey(m => m.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(t => t.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.Organisations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.Parties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(t => t.Milestones).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
