using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

/// <summary>Identity's own mapping (keys, indexes, lengths) comes from IdentityUserContext; this adds ours.</summary>
internal sealed class IdentityAccountConfiguration : IEntityTypeConfiguration<IdentityAccount>
{
    public void Configure(EntityTypeBuilder<IdentityAccount> builder)
    {
        // One person, two rows: the account in the organisation and its credentials share the id.
        builder.HasOne<UserAccount>().WithOne().HasForeignKey<IdentityAccount>(a => a.Id).OnDelete(DeleteBehavior.Cascade);
    }
}
