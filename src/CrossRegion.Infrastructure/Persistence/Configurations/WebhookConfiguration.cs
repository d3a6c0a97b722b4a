using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrossRegion.Infrastructure.Persistence.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("WebhookSubscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.Property(s => s.Secret).HasMaxLength(200);
        builder.Property(s => s.EventTypes).HasMaxLength(500);
        builder.Property(s => s.JurisdictionCode).HasMaxLength(8);
        builder.Property(s => s.CreatedBy).HasMaxLength(128);
        builder.Property(s => s.OwnerClientId).HasMaxLength(64);
        builder.HasIndex(s => s.OwnerClientId);
        builder.Ignore(s => s.Types);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("WebhookDeliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.EventType).HasMaxLength(64);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.LastError).HasMaxLength(500);

        // One delivery per subscription and event, however often fan-out runs.
        builder.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();

        // The dispatcher's next delivery per subscription: the oldest pending in feed order.
        builder.HasIndex(d => new { d.SubscriptionId, d.Status, d.Position });
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.AttemptLog).HasField("_attempts").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class WebhookAttemptConfiguration : IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookAttempt> builder)
    {
        builder.ToTable("WebhookAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedOnAdd();
        builder.Property(a => a.Error).HasMaxLength(500);
        builder.HasIndex(a => new { a.DeliveryId, a.Number });
    }
}

internal sealed class InboundAssignmentConfiguration : IEntityTypeConfiguration<InboundAssignment>
{
    public void Configure(EntityTypeBuilder<InboundAssignment> builder)
    {
        builder.ToTable("InboundAssignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.ClientId).HasMaxLength(64);
        builder.Property(a => a.ExternalId).HasMaxLength(InboundAssignment.ExternalIdMaxLength);
        builder.Property(a => a.IssuedBy).HasMaxLength(200);
        builder.Property(a => a.SourceDocument).HasMaxLength(300);
        builder.Property(a => a.TitleZh).HasMaxLength(300);
        builder.Property(a => a.BodyDigest).HasMaxLength(64);
        builder.Property(a => a.TaskKey).HasMaxLength(32);
        builder.Property(a => a.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.DecidedBy).HasMaxLength(128);
        builder.Property(a => a.Revision).IsConcurrencyToken();

        // A retried submission is the same assignment: one per sending client and its own id.
        builder.HasIndex(a => new { a.ClientId, a.ExternalId }).IsUnique();
        builder.HasIndex(a => a.TaskId).IsUnique();
        builder.HasOne<Domain.Tasks.CoordinatedTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Restrict);
    }
}
