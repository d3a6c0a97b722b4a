using CrossRegion.Domain.Asks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class AskConfiguration : IEntityTypeConfiguration<Ask>
{
    public void Configure(EntityTypeBuilder<Ask> builder)
    {
        builder.ToTable("Asks");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Domain.Tasks.CoordinatedTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.TaskId);
        builder.HasIndex(a => new { a.Status, a.FollowUpOn });
        builder.HasIndex(a => a.CreatedAt);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Subject).HasMaxLength(500);
        builder.PrimitiveCollection(a => a.Addressees);
        builder.PrimitiveCollection(a => a.Submitters);
        builder.Property(a => a.SubmittedReference).HasMaxLength(128);
        builder.Property(a => a.AnswerReference).HasMaxLength(128);
        builder.Property(a => a.AnswerDocument).HasMaxLength(300);
        builder.Property(a => a.Reason).HasMaxLength(1000);
        builder.Property(a => a.CreatedBy).HasMaxLength(128);
        builder.Property(a => a.Revision).IsConcurrencyToken();
        builder.Ignore(a => a.IsOpen);
    }
}
