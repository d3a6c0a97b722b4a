using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskFieldConfiguration : IEntityTypeConfiguration<TaskField>
{
    public void Configure(EntityTypeBuilder<TaskField> builder)
    {
        builder.ToTable("TaskFields");
        builder.HasKey(f => new { f.TaskId, f.Key });
        builder.Property(f => f.Key).HasMaxLength(ListTypeCodes.MaxLength);
        builder.Property(f => f.Text).HasMaxLength(4000);
        builder.Property(f => f.Number).HasPrecision(18, 4);

        // The ledger's column filters: a value or a range of one column.
        builder.HasIndex(f => new { f.Key, f.Number });
    }
}
