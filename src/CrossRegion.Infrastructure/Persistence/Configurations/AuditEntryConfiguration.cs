using CrossRegion.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");

        // The sequence is the key: two writers can never both append link N, so the chain cannot fork.
        builder.HasKey(a => a.Sequence);
        builder.Property(a => a.Sequence).ValueGeneratedNever();
        builder.Property(a => a.ActorKind).HasMaxLength(16);
        builder.Property(a => a.ActorName).HasMaxLength(128);
        builder.Property(a => a.ActingFor).HasMaxLength(64);
        builder.Property(a => a.Roles).HasMaxLength(256);
        builder.Property(a => a.EntityType).HasMaxLength(64);
        builder.Property(a => a.EntityId).HasMaxLength(128);
        builder.Property(a => a.Action).HasMaxLength(16);
        builder.Property(a => a.PreviousHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);
        builder.Property(a => a.Seal).HasMaxLength(64);
        builder.HasIndex(a => new { a.TaskId, a.Sequence });
    }
}
