using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CrossRegion.Domain.Auditing;

/// <summary>
/// One link of the append-only, hash-chained history. Its hash covers the previous entry's hash and its own
/// content, so rewriting any entry (or removing one) breaks every later link. Entries are never updated or deleted.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>The hash the first entry chains to.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private AuditEntry()
    {
        ActorKind = ActorName = Roles = EntityType = EntityId = Action = Changes = PreviousHash = Hash = string.Empty;
    }

    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string ActorKind { get; private set; }
    public string ActorName { get; private set; }

    /// <summary>The jurisdictions the actor acted for (space-separated), null for the joint office and the system.</summary>
    public string? ActingFor { get; private set; }

    public string Roles { get; private set; }
    public Guid? TaskId { get; private set; }
    public string EntityType { get; private set; }
    public string EntityId { get; private set; }
    public string Action { get; private set; }

    /// <summary>JSON array of the changed entities with their fields before and after.</summary>
    public string Changes { get; private set; }

    public string PreviousHash { get; private set; }
    public string Hash { get; private set; }

    /// <summary>The seal of (sequence, hash) under a key outside the database; see IAuditSeal.</summary>
    public string? Seal { get; private set; }

    public void SealWith(string seal) => Seal = seal;

    public static AuditEntry Append(long sequence, string previousHash, AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new AuditEntry
        {
            Sequence = sequence,

            // Whole milliseconds: what every provider stores exactly (SQLite's sortable encoding keeps 0.1 ms,
            // PostgreSQL 1 µs), so the hash can be recomputed from the stored row.
            At = new DateTimeOffset(record.At.UtcTicks - (record.At.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            ActorKind = record.ActorKind,
            ActorName = record.ActorName,
            ActingFor = record.ActingFor,
            Roles = record.Roles,
            TaskId = record.TaskId,
            EntityType = record.EntityType,
            EntityId = record.EntityId,
            Action = record.Action,
            Changes = record.Changes,
            PreviousHash = previousHash,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>SHA-256 (hex) over the previous hash and a canonical JSON of every other field.</summary>
    public string ComputeHash()
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            Sequence, At.UtcTicks, ActorKind, ActorName, ActingFor, Roles, TaskId, EntityType, EntityId, Action, Changes, PreviousHash,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
