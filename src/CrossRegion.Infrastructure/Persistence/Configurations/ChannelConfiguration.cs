using CrossRegion.Domain.Channels;
using CrossRegion.Infrastructure.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class NotificationPreferenceConfiguration : IEntityTypeConfiguration<NotificationPreference>
{
    public void Configure(EntityTypeBuilder<NotificationPreference> builder)
    {
        builder.ToTable("NotificationPreferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.FromLevel).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.Language).HasMaxLength(8);
    }
}

internal sealed class ChannelRobotConfiguration : IEntityTypeConfiguration<ChannelRobot>
{
    public void Configure(EntityTypeBuilder<ChannelRobot> builder)
    {
        builder.ToTable("ChannelRobots");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.Scope).HasMaxLength(32);
        builder.Property(r => r.Url).HasMaxLength(500);
        builder.Property(r => r.ProtectedSecret).HasMaxLength(1000);
        builder.Property(r => r.CreatedBy).HasMaxLength(128);
        builder.HasIndex(r => r.Scope);
    }
}

internal sealed class ChannelDeliveryConfiguration : IEntityTypeConfiguration<ChannelDelivery>
{
    public void Configure(EntityTypeBuilder<ChannelDelivery> builder)
    {
        builder.ToTable("ChannelDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Recipient).HasMaxLength(64);
        builder.Property(d => d.RecipientName).HasMaxLength(200);
        builder.Property(d => d.LastError).HasMaxLength(500);

        // Exactly once per notice, channel and recipient, however often planning runs.
        builder.HasIndex(d => new { d.NoticeId, d.Channel, d.Recipient }).IsUnique();

        // The sender's work list.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
    }
}

internal sealed class ChannelCursorConfiguration : IEntityTypeConfiguration<ChannelCursor>
{
    public void Configure(EntityTypeBuilder<ChannelCursor> builder)
    {
        builder.ToTable("ChannelCursors");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
    }
}
