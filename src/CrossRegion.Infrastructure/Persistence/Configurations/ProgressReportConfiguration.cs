using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> builder)
    {
        builder.ToTable("ProgressReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.JurisdictionCode).HasMaxLength(8);
        builder.Property(r => r.Period).HasMaxLength(7).IsUnicode(false);
        builder.Property(r => r.Narrative).HasMaxLength(8000);
        builder.Property(r => r.ProgressPercent).HasPrecision(5, 2);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StatusReason).HasMaxLength(2000);
        builder.Property(r => r.SubmittedBy).HasMaxLength(128);

        // One report per party, task and month; resubmissions are further revisions. Two racing submissions of the
        // same revision: the database takes one and refuses the other.
        builder.HasIndex(r => new { r.TaskId, r.JurisdictionCode, r.Period, r.Revision }).IsUnique();

        // At most one current report per party and task, whatever races: the lights must not read two.
        builder.HasIndex(r => new { r.TaskId, r.JurisdictionCode }).IsUnique().HasFilter("\"IsCurrent\"").HasDatabaseName("IX_ProgressReports_Current");

        // A task's reports, newest first (the list's order and cursor).
        builder.HasIndex(r => new { r.TaskId, r.SubmittedAt, r.Id });

        // The lights read each party's current report per task.
        builder.HasIndex(r => new { r.TaskId, r.IsCurrent, r.Status });
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(r => r.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(r => r.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Values).WithOne().HasForeignKey(v => v.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Values).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
