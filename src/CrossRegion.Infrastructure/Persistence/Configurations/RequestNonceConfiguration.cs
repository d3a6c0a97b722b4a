using CrossRegion.Infrastructure.Identity.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class RequestNonceConfiguration : IEntityTypeConfiguration<RequestNonce>
{
    public void Configure(EntityTypeBuilder<RequestNonce> builder)
    {
        builder.ToTable("RequestNonces");

        // The key refuses a replay: a second insert of the same client and nonce fails, whichever node takes it.
        builder.HasKey(n => new { n.ClientId, n.Nonce });
        builder.Property(n => n.ClientId).HasMaxLength(64);
        builder.Property(n => n.Nonce).HasMaxLength(64);
        builder.HasIndex(n => n.SeenAt);
    }
}
