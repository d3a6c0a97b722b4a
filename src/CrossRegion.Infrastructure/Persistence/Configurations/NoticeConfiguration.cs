using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedOnAdd();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Subject).HasConversion<string>().HasMaxLength(16);
        builder.Property(n => n.Level).HasConversion<string>().HasMaxLength(24);
        builder.Property(n => n.Period).HasMaxLength(7).IsUnicode(false);
        builder.Property(n => n.JurisdictionCode).HasMaxLength(8);
        builder.Property(n => n.Number).HasMaxLength(64);
        builder.Property(n => n.AcknowledgedBy).HasMaxLength(128);
        builder.Property(n => n.AcknowledgementReason).HasMaxLength(2000);
        builder.Ignore(n => n.DaysOverdue);

        // Two recipients signing at once: the second save finds the row changed and is refused.
        builder.Property(n => n.AcknowledgedAt).IsConcurrencyToken();

        // Exactly once, whatever runs twice or races: one formal notice per obligation (subject, party, due date) and
        // ladder level, one reminder per obligation and working days ahead. Keyed by level, not by the rung's position,
        // so a rung inserted into a ladder in use re-issues nothing (ADR 0012, amended).
        builder.HasIndex(n => new { n.Subject, n.SubjectId, n.JurisdictionCode, n.DueOn, n.Level })
            .IsUnique().HasFilter("\"Kind\" = 'Notice'").HasDatabaseName("UX_Notices_Obligation");
        builder.HasIndex(n => new { n.Subject, n.SubjectId, n.JurisdictionCode, n.DueOn, n.Rung })
            .IsUnique().HasFilter("\"Kind\" = 'Reminder'").HasDatabaseName("UX_Notices_Reminder");

        // Formal numbers never repeat within a year.
        builder.HasIndex(n => new { n.Year, n.Serial }).IsUnique();

        // The escalation steps scan the standing notices of one level and city by their basis date.
        builder.HasIndex(n => new { n.Kind, n.Level, n.JurisdictionCode, n.EscalationBasis });
        builder.HasIndex(n => new { n.JurisdictionCode, n.Id });
        builder.HasIndex(n => new { n.TaskId, n.Id });
        builder.HasIndex(n => n.BatchId);
        builder.HasOne<CoordinatedTask>().WithMany().HasForeignKey(n => n.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Jurisdiction>().WithMany().HasForeignKey(n => n.JurisdictionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
