using CrossRegion.Domain.Issues;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class TaskIssueConfiguration : IEntityTypeConfiguration<TaskIssue>
{
    public void Configure(EntityTypeBuilder<TaskIssue> builder)
    {
        builder.ToTable("Issues");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<Domain.Tasks.CoordinatedTask>().WithMany().HasForeignKey(i => i.TaskId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => i.TaskId);
        builder.HasIndex(i => new { i.Status, i.ReplyBy });
        builder.HasIndex(i => i.CreatedAt);
        builder.HasIndex(i => new { i.AddresseeKind, i.AddresseeCode });
        builder.Property(i => i.RaisedBy).HasMaxLength(8);
        builder.Property(i => i.Subject).HasMaxLength(500);
        builder.Property(i => i.HelpNeeded).HasMaxLength(2000);
        builder.Property(i => i.AddresseeKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.AddresseeCode).HasMaxLength(64);
        builder.Property(i => i.AddresseeJurisdiction).HasMaxLength(8);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Answer).HasMaxLength(2000);
        builder.Property(i => i.AnsweredBy).HasMaxLength(128);
        builder.Property(i => i.Reason).HasMaxLength(1000);
        builder.Property(i => i.CreatedBy).HasMaxLength(128);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.Property(i => i.FactorKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.FactorAmount).HasPrecision(18, 2);
        builder.Property(i => i.FactorUnit).HasMaxLength(16);
        builder.Property(i => i.FactorOutcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.GrantedAmount).HasPrecision(18, 2);
        builder.Property(i => i.GrantDocument).HasMaxLength(200);
        builder.HasIndex(i => i.FactorKind);
    }
}
