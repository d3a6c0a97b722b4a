using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskNoteConfiguration : IEntityTypeConfiguration<TaskNote>
{
    public void Configure(EntityTypeBuilder<TaskNote> builder)
    {
        builder.ToTable("TaskNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.JurisdictionCode).HasMaxLength(8);
        builder.Property(n => n.Text).HasMaxLength(4000);
        builder.Property(n => n.AuthorName).HasMaxLength(128);
        builder.HasIndex(n => new { n.TaskId, n.JurisdictionCode, n.CreatedAt, n.Id });
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(n => n.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
