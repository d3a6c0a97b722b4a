using System.Text.Json;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Auditing;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CrossRegion.Infrastructure.Persistence.Auditing;

/// <summary>
/// Turns the pending changes of one SaveChanges into audit records: one per task touched (with every changed part
/// of it, fields before and after), one per other changed entity. Session bookkeeping (refresh tokens, login
/// counters, who has read which notice) is not history and is left out, and so are outbox events, webhook
/// deliveries with their attempts and channel deliveries with the channels' cursor, which are themselves the record of
/// what was published and sent, and an evaluation's
/// items as they are first judged from the ledger.
/// </summary>
internal static class AuditTrail
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Sign-in bookkeeping is not history; secrets are recorded as changed, never with their values.
    private static readonly HashSet<string> SessionFields =
        [nameof(UserAccount.LastLoginAt), nameof(Identity.IdentityAccount.AccessFailedCount), nameof(Identity.IdentityAccount.ConcurrencyStamp)];


    public static List<AuditRecord> Collect(ChangeTracker tracker, ICurrentUser caller, DateTimeOffset now)
    {
        var changes = tracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not Identity.LoginFailure and not Identity.PasswordHistoryEntry and not Identity.AccountSetupToken and not AuditEntry and not AuditHead and not Idempotency.IdempotencyRecord
                and not Domain.Chasing.NoticeRead and not Domain.Operations.OutboxEvent
                and not Domain.Integration.WebhookDelivery and not Domain.Integration.WebhookAttempt
                and not Domain.Channels.ChannelDelivery and not Channels.ChannelCursor
                and not OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreToken
                and not OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreAuthorization
                and not Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey
                and not Attachments.StoredAttachmentBytes and not Identity.Signing.RequestNonce)

            // An evaluation's items are derived from the ledger (itself in the chain) when the run is made: the run is
            // recorded, and every later change to an item (an upheld appeal), not thousands of copies of the ledger.
            .Where(e => !(e.Entity is Domain.Evaluation.EvaluationItem && e.State == EntityState.Added))
            .Select(e => (Entry: e, Change: Describe(e), TaskId: TaskIdOf(e, tracker)))
            .Where(x => x.Change is not null)
            .ToList();
        var actor = Actor(caller);
        var records = new List<AuditRecord>();
        foreach (var group in changes.GroupBy(x => x.TaskId?.ToString() ?? $"{x.Entry.Metadata.ClrType.Name}:{KeyOf(x.Entry)}"))
        {
            var first = group.First().Entry;
            var taskId = group.First().TaskId;
            var root = group.FirstOrDefault(x => x.Entry.Entity is CoordinatedTask).Entry ?? (taskId is null ? first : null);
            records.Add(new AuditRecord(
                now,
                actor.Kind,
                actor.Name,
                actor.ActingFor,
                actor.Roles,
                taskId,
                taskId is null ? first.Metadata.ClrType.Name : nameof(CoordinatedTask),
                taskId is null ? KeyOf(first) : TaskKeyOf(taskId.Value, tracker) ?? taskId.Value.ToString(),
                root is null ? "updated" : ActionOf(root.State),
                JsonSerializer.Serialize(group.Select(x => x.Change), Json)));
        }

        return records;
    }

    private static (string Kind, string Name, string? ActingFor, string Roles) Actor(ICurrentUser caller) => (
        caller.Kind.ToString().ToLowerInvariant(),
        caller.Name ?? "anonymous",
        caller.Jurisdictions.Count == 0 ? null : string.Join(' ', caller.Jurisdictions),
        string.Join(' ', RoleNames.ToNames(caller.Roles)));

    private static object? Describe(EntityEntry entry)
    {
        var fields = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            var changed = entry.State != EntityState.Modified || (property.IsModified && !Equals(before, after));
            if (changed && !(entry.Entity is UserAccount or Identity.IdentityAccount && SessionFields.Contains(name))
                && !(entry.Entity is Domain.Integration.WebhookSubscription && name == nameof(Domain.Integration.WebhookSubscription.LastPosition)))
            {
                fields[name] = IsSecret(entry.Entity, name) ? new { changed = true } : new { before, after };
            }
        }

        return fields.Count == 0
            ? null
            : new { entity = entry.Metadata.ClrType.Name, id = KeyOf(entry), action = ActionOf(entry.State), fields };
    }

    private static string ActionOf(EntityState state) => state switch
    {
        EntityState.Added => "created",
        EntityState.Deleted => "deleted",
        _ => "updated",
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static Guid? TaskIdOf(EntityEntry entry, ChangeTracker tracker) => entry.Entity switch
    {
        CoordinatedTask task => task.Id,
        Party party => party.TaskId,
        Milestone milestone => milestone.TaskId,
        AnnualTarget target => target.TaskId,
        TaskAlias alias => alias.TaskId,
        Measure measure => Tracked<AnnualTarget>(tracker, t => t.Id == measure.TargetId)?.TaskId,
        MilestoneOwner owner => Tracked<Milestone>(tracker, m => m.Id == owner.MilestoneId)?.TaskId,
        MilestoneSignOff signOff => Tracked<Milestone>(tracker, m => m.Id == signOff.MilestoneId)?.TaskId,
        ExtensionRequest extension => Tracked<Milestone>(tracker, m => m.Id == extension.MilestoneId)?.TaskId,
        PartyDepartment link => Tracked<Party>(tracker, p => p.Id == link.PartyId)?.TaskId,
        ProgressReport report => report.TaskId,
        ReportValue value => Tracked<ProgressReport>(tracker, r => r.Id == value.ReportId)?.TaskId,
        TaskComment comment => comment.TaskId,
        Domain.Evidence.Attachment attachment => attachment.TaskId,

        // A party-internal note is not part of the task's shared history (every party reads that); it is chained
        // under its own entity like any other record, readable by administrators.
        _ => null,
    };

    private static string? TaskKeyOf(Guid taskId, ChangeTracker tracker) => Tracked<CoordinatedTask>(tracker, t => t.Id == taskId)?.Key;

    private static T? Tracked<T>(ChangeTracker tracker, Func<T, bool> match)
        where T : class => tracker.Entries<T>().Select(e => e.Entity).FirstOrDefault(match);

    // Password and secret hashes, a client's signing key (encrypted, but still not history's to show), the security stamp, and Identity's tokens (authenticator key, recovery codes).
    private static bool IsSecret(object entity, string name) =>
        name.Contains("Hash", StringComparison.Ordinal) || name.Contains("Secret", StringComparison.Ordinal)
        || (entity is Domain.Identity.ApiClient && name == nameof(Domain.Identity.ApiClient.SigningKey))
        || (entity is Identity.IdentityAccount && name == nameof(Identity.IdentityAccount.SecurityStamp))
        || (entity is Microsoft.AspNetCore.Identity.IdentityUserToken<Guid> && name == nameof(Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>.Value));
}
