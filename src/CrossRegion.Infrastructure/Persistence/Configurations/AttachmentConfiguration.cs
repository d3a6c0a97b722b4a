using CrossRegion.Domain.Evidence;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using CrossRegion.Infrastructure.Attachments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> builder)
    {
        builder.ToTable("Attachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Scan).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.JurisdictionCode).HasMaxLength(8);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(100);
        builder.Property(a => a.Sha256).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(128);
        builder.HasIndex(a => new { a.TaskId, a.Id });
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Milestone>().WithMany().HasForeignKey(a => a.MilestoneId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Asks.Ask>().WithMany().HasForeignKey(a => a.AskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(a => a.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StoredAttachmentBytesConfiguration : IEntityTypeConfiguration<StoredAttachmentBytes>
{
    public void Configure(EntityTypeBuilder<StoredAttachmentBytes> builder)
    {
        builder.ToTable("AttachmentBytes");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Content).IsRequired();
    }
}
