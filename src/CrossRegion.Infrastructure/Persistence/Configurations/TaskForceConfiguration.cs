using CrossRegion.Domain.TaskForces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskForceConfiguration : IEntityTypeConfiguration<TaskForce>
{
    public void Configure(EntityTypeBuilder<TaskForce> builder)
    {
        builder.ToTable("TaskForces");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Code).HasMaxLength(TaskForce.CodeMaxLength);
        builder.HasIndex(f => f.Code).IsUnique();
        builder.Property(f => f.ProgrammeCode).HasMaxLength(16);
        builder.HasIndex(f => f.ProgrammeCode);
        builder.HasOne<Domain.Jurisdictions.Programme>().WithMany().HasForeignKey(f => f.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
        builder.Property(f => f.CategoryCode).HasMaxLength(32);
        builder.Property(f => f.NameZh).HasMaxLength(100);
        builder.Property(f => f.NameEn).HasMaxLength(200);
        builder.PrimitiveCollection(f => f.MemberUnitIds);
        builder.Property(f => f.ConvenerName).HasMaxLength(64);
        builder.Property(f => f.ConvenerPost).HasMaxLength(128);
        builder.Property(f => f.CreatedBy).HasMaxLength(128);
        builder.Property(f => f.Revision).IsConcurrencyToken();
        builder.HasMany(f => f.Tasks).WithOne().HasForeignKey(t => t.TaskForceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(f => f.Tasks).HasField("_tasks").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class TaskForceTaskConfiguration : IEntityTypeConfiguration<TaskForceTask>
{
    public void Configure(EntityTypeBuilder<TaskForceTask> builder)
    {
        builder.ToTable("TaskForceTasks");
        builder.HasKey(t => new { t.TaskForceId, t.TaskId });
        builder.HasIndex(t => t.TaskId);
        builder.Property(t => t.AssignedBy).HasMaxLength(128);
        builder.HasOne<Domain.Tasks.CoordinatedTask>().WithMany().HasForeignKey(t => t.TaskId).OnDelete(DeleteBehavior.Cascade);
    }
}
