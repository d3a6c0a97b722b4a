using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.HasKey(c => c.Code);
        builder.Property(c => c.Code).HasMaxLength(32);
        builder.Property(c => c.NameZh).HasMaxLength(64);
        builder.Property(c => c.NameEn).HasMaxLength(128);
        builder.Property(c => c.Scheme).HasMaxLength(32);
        builder.HasIndex(c => new { c.Scheme, c.SortOrder });
    }
}
