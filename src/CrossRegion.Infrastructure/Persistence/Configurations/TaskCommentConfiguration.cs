using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskCommentConfiguration : IEntityTypeConfiguration<TaskComment>
{
    public void Configure(EntityTypeBuilder<TaskComment> builder)
    {
        builder.ToTable("TaskComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ActingFor).HasMaxLength(8);
        builder.Property(c => c.Text).HasMaxLength(4000);
        builder.Property(c => c.AuthorName).HasMaxLength(128);
        builder.HasIndex(c => new { c.TaskId, c.CreatedAt, c.Id });
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(c => c.ActingFor).OnDelete(DeleteBehavior.Restrict);
    }
}
