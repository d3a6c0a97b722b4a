using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class PasswordHistoryEntryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> builder)
    {
        builder.ToTable("PasswordHistory");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.PasswordHash).HasMaxLength(512);
        builder.HasIndex(p => new { p.UserId, p.ReplacedAt });
        builder.HasOne<IdentityAccount>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
