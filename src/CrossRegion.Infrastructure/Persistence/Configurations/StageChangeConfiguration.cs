using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class StageChangeConfiguration : IEntityTypeConfiguration<StageChange>
{
    public void Configure(EntityTypeBuilder<StageChange> builder)
    {
        builder.ToTable("TaskStageChanges");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.From).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.To).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.Property(s => s.RecordedBy).HasMaxLength(128);
        builder.HasIndex(s => new { s.TaskId, s.On });
    }
}
