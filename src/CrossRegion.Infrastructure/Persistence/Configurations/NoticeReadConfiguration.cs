using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class NoticeReadConfiguration : IEntityTypeConfiguration<NoticeRead>
{
    public void Configure(EntityTypeBuilder<NoticeRead> builder)
    {
        builder.ToTable("NoticeReads");
        builder.HasKey(r => new { r.UserId, r.NoticeId });
        builder.HasOne<Notice>().WithMany().HasForeignKey(r => r.NoticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
