using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Meetings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.ProgrammeCode).HasMaxLength(16);
        builder.HasOne<Programme>().WithMany().HasForeignKey(m => m.ProgrammeCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ProgrammeCode, m.Date });
        builder.HasIndex(m => m.TaskForceId);
        builder.HasOne<Domain.TaskForces.TaskForce>().WithMany().HasForeignKey(m => m.TaskForceId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Place).HasMaxLength(200);
        builder.Property(m => m.Host).HasMaxLength(8);
        builder.Property(m => m.Minutes).HasMaxLength(20000);
        builder.Property(m => m.MinutesBy).HasMaxLength(128);
        builder.Property(m => m.CreatedBy).HasMaxLength(128);
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasMany(m => m.Agenda).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Decisions).WithOne().HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(m => m.Agenda).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Attendees).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(m => m.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingAgendaItemConfiguration : IEntityTypeConfiguration<MeetingAgendaItem>
{
    public void Configure(EntityTypeBuilder<MeetingAgendaItem> builder)
    {
        builder.ToTable("MeetingAgendaItems");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Source).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.TaskKey).HasMaxLength(64);
        builder.Property(a => a.Jurisdiction).HasMaxLength(8);
        builder.Property(a => a.By).HasMaxLength(128);
    }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> builder)
    {
        builder.ToTable("MeetingAttendees");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Jurisdiction).HasMaxLength(8);
        builder.Property(a => a.Name).HasMaxLength(64);
        builder.Property(a => a.Post).HasMaxLength(128);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> builder)
    {
        builder.ToTable("MeetingDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Text).HasMaxLength(1000);
        builder.Property(d => d.TaskKey).HasMaxLength(64);
        builder.HasIndex(d => d.TaskKey);
        builder.Property(d => d.By).HasMaxLength(128);
    }
}

internal sealed class HostOrderConfiguration : IEntityTypeConfiguration<HostOrder>
{
    public void Configure(EntityTypeBuilder<HostOrder> builder)
    {
        builder.ToTable("MeetingHostOrders");
        builder.HasKey(o => o.ProgrammeCode);
        builder.Property(o => o.ProgrammeCode).HasMaxLength(16);
        builder.HasOne<Programme>().WithMany().HasForeignKey(o => o.ProgrammeCode).OnDelete(DeleteBehavior.Cascade);
        builder.Property(o => o.Order).HasMaxLength(64);
        builder.Property(o => o.UpdatedBy).HasMaxLength(128);
        builder.Ignore(o => o.Cities);
    }
}
