using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClientId).HasMaxLength(64);
        builder.HasIndex(c => c.ClientId).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(128);
        builder.Property(c => c.SecretHash).HasMaxLength(512);
        builder.Property(c => c.PreviousSecretHash).HasMaxLength(512);
        builder.Property(c => c.Jurisdictions).HasMaxLength(64);
        builder.Property(c => c.Scopes).HasMaxLength(256);
        builder.Property(c => c.SigningKey).HasMaxLength(1000);
        builder.Property(c => c.SignatureAlgorithm).HasMaxLength(16);
        builder.Ignore(c => c.JurisdictionList);
        builder.Ignore(c => c.ScopeList);
    }
}
