using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskAliasConfiguration : IEntityTypeConfiguration<TaskAlias>
{
    public void Configure(EntityTypeBuilder<TaskAlias> builder)
    {
        builder.ToTable("TaskAliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.HasIndex(a => new { a.TaskId, a.Name }).IsUnique();
    }
}
