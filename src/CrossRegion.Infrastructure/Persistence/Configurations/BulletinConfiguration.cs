using CrossRegion.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class BulletinConfiguration : IEntityTypeConfiguration<Bulletin>
{
    public void Configure(EntityTypeBuilder<Bulletin> builder)
    {
        builder.ToTable("Bulletins");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Period).HasMaxLength(16).IsUnicode(false);
        builder.Property(b => b.GeneratedBy).HasMaxLength(128);
        builder.Property(b => b.Scope).HasMaxLength(16).IsUnicode(false).HasDefaultValue(Bulletin.JointScope);

        // Versions of a period never collide, even when two are generated at once; each city's bulletins count their own.
        builder.HasIndex(b => new { b.Scope, b.Period, b.Version }).IsUnique();
        builder.HasIndex(b => b.GeneratedAt);
    }
}
