using CrossRegion.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> builder)
    {
        builder.ToTable("OutboxEvents");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedOnAdd();
        builder.Property(e => e.Type).HasMaxLength(64);
        builder.HasIndex(e => e.Position).IsUnique();

        // The sequencer's work list: committed events still without a position.
        builder.HasIndex(e => e.Id).HasFilter("\"Position\" IS NULL").HasDatabaseName("IX_OutboxEvents_Unsequenced");
    }
}
