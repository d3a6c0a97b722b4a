using System.Linq.Expressions;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Domain.Auditing;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Evaluation;
using CrossRegion.Domain.Indicators;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using CrossRegion.Infrastructure.Idempotency;
using CrossRegion.Infrastructure.Identity;
using CrossRegion.Infrastructure.Persistence.Auditing;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace CrossRegion.Infrastructure.Persistence;

/// <summary>
/// Provider-neutral model. Each provider has a subclass that owns its migrations set
/// (<see cref="SqliteAppDbContext"/>, <see cref="PostgresAppDbContext"/>).
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentUser caller, TimeProvider time, IAuditSeal seal)
    : IdentityUserContext<IdentityAccount, Guid>(options), IAppDbContext, IDataProtectionKeyContext
{
    /// <summary>Name of the one visibility predicate on jointly owned tasks and the rows they own.</summary>
    public const string VisibilityFilter = Application.Common.Security.VisibilityFilter.Name;

    /// <summary>
    /// Tables a task owns that have a set of their own (so they can be read without going through the task): each
    /// carries the visibility filter, joined to the task's parties. Children reached only through their task
    /// (parties, milestones, targets, aliases) are covered by the task's filter. An architecture test holds this list
    /// to the model.
    /// </summary>
    public static readonly IReadOnlyList<Type> TaskOwnedSets =
        [typeof(ProgressReport), typeof(TaskComment), typeof(TaskNote), typeof(Domain.Evidence.Attachment), typeof(Notice), typeof(OutboxEvent), typeof(AuditEntry), typeof(Domain.Asks.Ask), typeof(Domain.TaskForces.TaskForceTask), typeof(Domain.Issues.TaskIssue)];

    private const long AuditChainLockKey = 0x4352_4155_4449_54;

    /// <summary>
    /// ASP.NET Core's data-protection keys (they protect the console's cookies and antiforgery tokens), shared by every
    /// node through the database so that any node reads a cookie another node wrote. Never audited (they are keys).
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Jurisdiction> Jurisdictions => Set<Jurisdiction>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<JointOffice> JointOffices => Set<JointOffice>();
    public DbSet<Domain.Organisations.Organisation> Organisations => Set<Domain.Organisations.Organisation>();
    public DbSet<JointOfficeAssignment> JointOfficeAssignments => Set<JointOfficeAssignment>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<CoordinatedTask> Tasks => Set<CoordinatedTask>();
    public DbSet<ListType> ListTypes => Set<ListType>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<EvaluationScheme> EvaluationSchemes => Set<EvaluationScheme>();
    public DbSet<EvaluationRun> EvaluationRuns => Set<EvaluationRun>();
    public DbSet<Domain.Meetings.Meeting> Meetings => Set<Domain.Meetings.Meeting>();
    public DbSet<Domain.Meetings.HostOrder> HostOrders => Set<Domain.Meetings.HostOrder>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<Domain.Asks.Ask> Asks => Set<Domain.Asks.Ask>();
    public DbSet<Domain.TaskForces.TaskForce> TaskForces => Set<Domain.TaskForces.TaskForce>();
    public DbSet<Domain.Issues.TaskIssue> Issues => Set<Domain.Issues.TaskIssue>();
    public DbSet<Domain.TaskForces.TaskForceTask> TaskForceTasks => Set<Domain.TaskForces.TaskForceTask>();
    public DbSet<TaskNote> TaskNotes => Set<TaskNote>();
    public DbSet<TaskComment> TaskComments => Set<TaskComment>();
    public DbSet<Domain.Evidence.Attachment> Attachments => Set<Domain.Evidence.Attachment>();

    /// <summary>Attachments' bytes when Attachments:Store is database; reached only through a visible attachment row.</summary>
    internal DbSet<Attachments.StoredAttachmentBytes> AttachmentBytes => Set<Attachments.StoredAttachmentBytes>();
    public DbSet<UserAccount> UserAccounts => Set<UserAccount>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditHead> AuditHeads => Set<AuditHead>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();
    public DbSet<PasswordHistoryEntry> PasswordHistory => Set<PasswordHistoryEntry>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<NoticeRead> NoticeReads => Set<NoticeRead>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<PausedJob> PausedJobs => Set<PausedJob>();
    public DbSet<OutboxEvent> OutboxEvents => Set<OutboxEvent>();
    public DbSet<Bulletin> Bulletins => Set<Bulletin>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<InboundAssignment> InboundAssignments => Set<InboundAssignment>();
    public DbSet<Domain.Channels.NotificationPreference> NotificationPreferences => Set<Domain.Channels.NotificationPreference>();
    public DbSet<Domain.Channels.ChannelRobot> ChannelRobots => Set<Domain.Channels.ChannelRobot>();
    public DbSet<Domain.Channels.ChannelDelivery> ChannelDeliveries => Set<Domain.Channels.ChannelDelivery>();
    public DbSet<Channels.ChannelCursor> ChannelCursors => Set<Channels.ChannelCursor>();
    public DbSet<Identity.Signing.RequestNonce> RequestNonces => Set<Identity.Signing.RequestNonce>();

    // Read by the query filter on every query; EF turns it into a parameter. Callers who see everything act for all
    // four jurisdictions: every task has at least one party (a domain invariant), so they see every task through
    // the same predicate. Keeping the predicate a plain EXISTS (no "OR @seesAll") lets PostgreSQL plan it as an
    // index-probed semi-join instead of hashing every party row of the caller's jurisdiction on each query.
    private IReadOnlyList<string> VisibleJurisdictions => caller.SeesAllTasks ? JurisdictionCodes.All : caller.Jurisdictions;

    // Joint-office staff see the tasks of their offices' programmes only (a 万达开 task stays with the 万达开 office,
    // whoever its parties are); an organisation's observer sees the tasks that name the organisation. Each limit is a
    // conjunct "@any OR …" beside the participation EXISTS, whose plan it leaves alone; for everyone else @any is true
    // and the database never evaluates the rest (docs/benchmarks.md, 2026-11-30).
    private bool AnyProgramme => caller.JointOfficeProgrammes is null;

    private IReadOnlyList<string> VisibleProgrammes => caller.JointOfficeProgrammes ?? [];

    private bool AnyOrganisation => caller.Organisation is null;

    // The machine client calling, for the work it handed down (ADR 0028); null for everyone else.
    private string? CallerClientId => caller.Kind == CallerKind.Client ? caller.Name : null;

    private string? CallerOrganisation => caller.Organisation;

    // A city's own programme that no joint office shares is the city's alone. Its tasks have the city as their only
    // party, so people and clients of one city reach them by participation or not at all, and the system (the chase)
    // works on them; for everyone who sees across cities (joint office, observers, administrators, clients of several
    // cities) the conjunct hides them. For the former @noPrivateLimit is true and the database skips it.
    private bool NoPrivateLimit => caller.Kind == CallerKind.System || (!caller.SeesAllTasks && caller.Jurisdictions.Count == 1);

    /// <summary>
    /// Saves the changes and appends their audit entries in the same transaction, chained to the last entry under
    /// the provider's chain lock. Nothing is saved without its history, and no history without its change.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();

        // Outbox events first (they are not history themselves): they commit with the change or not at all.
        // A party's act (a report, a sign-off, a request, a 签收) comes before what it does to the task (task.changed,
        // milestone.done) in the feed.
        OutboxEvents.AddRange(await Outbox.PartyEvents.CollectAsync(ChangeTracker, Tasks.IgnoreQueryFilters([VisibilityFilter]), now, cancellationToken));
        OutboxEvents.AddRange(Outbox.TaskEvents.Collect(ChangeTracker, now));
        OutboxEvents.AddRange(await Outbox.ProgrammeEvents.CollectAsync(ChangeTracker, Tasks.IgnoreQueryFilters([VisibilityFilter]), now, cancellationToken));
        OutboxEvents.AddRange(Outbox.AssignmentEvents.Collect(ChangeTracker, now));
        var records = AuditTrail.Collect(ChangeTracker, caller, now);
        if (records.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await using var chainLock = await LockAsync(AuditChainLockKey, cancellationToken);
            // The head row is created by the migration that introduced it; a missing head means someone removed it,
            // and appending to an unknown tail would hide that, so writes stop until an operator looks.
            // Read under the lock, never from the context's memory: a context that lives long (a console circuit's)
            // would otherwise append after a head that other writers have since moved.
            foreach (var tracked in ChangeTracker.Entries<AuditHead>().ToList())
            {
                tracked.State = EntityState.Detached;
            }

            var head = await AuditHeads.SingleOrDefaultAsync(h => h.Id == AuditHead.SingletonId, cancellationToken)
                ?? throw new InvalidOperationException("The audit chain's head is missing; run `verify-audit` and restore it before writing.");

            var (sequence, hash) = (head.Sequence, head.Hash);
            foreach (var record in records)
            {
                var entry = AuditEntry.Append(++sequence, hash, record);
                entry.SealWith(seal.Seal(entry.Sequence, entry.Hash));
                hash = entry.Hash;
                AuditEntries.Add(entry);
            }

            head.MoveTo(sequence, hash, seal.Seal(sequence, hash));

            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    public async Task<T> InOneTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Serialises the work that holds <paramref name="key"/> across everything sharing the database, until the current
    /// transaction ends (PostgreSQL: a transaction-scoped advisory lock, any number of nodes) or the lease is disposed
    /// (SQLite: an in-process lock, as one process owns the file). Call it inside a transaction; dispose the lease
    /// after committing. Used by the audit chain, the chase and the outbox sequencer.
    /// </summary>
    public abstract Task<IAsyncDisposable> LockAsync(long key, CancellationToken cancellationToken);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Visibility by participation: a jurisdiction sees a task iff it is a party; the joint office, observers
        // and administrators (acting for all four) see all. Every read and write of a task goes through this
        // filter, so a non-party gets exactly what it gets for a key that does not exist.
        builder.Entity<CoordinatedTask>().HasQueryFilter(
            VisibilityFilter,
            t => (AnyProgramme || VisibleProgrammes.Contains(t.ProgrammeCode))
                && (AnyOrganisation || t.Organisations.Any(o => o.OrganisationCode == CallerOrganisation))
                && (NoPrivateLimit || !Set<Programme>().Any(p => p.Code == t.ProgrammeCode && p.OwnerJurisdiction != null && p.SharedWithOffice == null))
                && t.Parties.Any(p => VisibleJurisdictions.Contains(p.JurisdictionCode)));
        foreach (var type in TaskOwnedSets)
        {
            builder.Entity(type).HasQueryFilter(VisibilityFilter, OwnedByVisibleTask(type));
        }

        // An indicator is seen as a task is: by a city that owns it (the joint office and observers acting for all see
        // all), within the caller's programmes, and a city's unshared programme by that city alone. A city sees its own
        // actuals only (and the total of a sum of the cities, which the handler adds up over every part).
        builder.Entity<Indicator>().HasQueryFilter(
            VisibilityFilter,
            i => (AnyProgramme || VisibleProgrammes.Contains(i.ProgrammeCode))
                && AnyOrganisation
                && (NoPrivateLimit || !Set<Programme>().Any(p => p.Code == i.ProgrammeCode && p.OwnerJurisdiction != null && p.SharedWithOffice == null))
                && Set<IndicatorOwner>().Any(o => o.IndicatorId == i.Id && VisibleJurisdictions.Contains(o.JurisdictionCode)));
        builder.Entity<IndicatorTarget>().HasQueryFilter(VisibilityFilter, t => Set<Indicator>().Any(i => i.Id == t.IndicatorId));
        builder.Entity<IndicatorActual>().HasQueryFilter(
            VisibilityFilter, a => VisibleJurisdictions.Contains(a.JurisdictionCode) && Set<Indicator>().Any(i => i.Id == a.IndicatorId));

        // An evaluation's detail is a city's own: its items, its appeals, the joint office's bonus and deduction items
        // for it (the ranking of totals is every reader's; the handlers add it up over every city).
        // An item about a task goes with the task: a joint office's staff do not read another office's tasks through it.
        builder.Entity<EvaluationItem>().HasQueryFilter(
            VisibilityFilter,
            i => AnyOrganisation && VisibleJurisdictions.Contains(i.Jurisdiction) && (i.TaskKey == null || Set<CoordinatedTask>().Any(t => t.Key == i.TaskKey)));
        builder.Entity<EvaluationAppeal>().HasQueryFilter(VisibilityFilter, a => AnyOrganisation && VisibleJurisdictions.Contains(a.Jurisdiction));
        builder.Entity<EvaluationAdjustment>().HasQueryFilter(VisibilityFilter, a => AnyOrganisation && VisibleJurisdictions.Contains(a.Jurisdiction));

        // 联席会议 are the programme's: its member cities' people and the joint office running it (observers and
        // administrators acting for all see all; an organisation's observers none). What a meeting holds goes with it;
        // decisions and agenda items about a task are further limited by the task's own filter where they are read.
        builder.Entity<Domain.Meetings.Meeting>().HasQueryFilter(
            VisibilityFilter,
            m => (AnyProgramme || VisibleProgrammes.Contains(m.ProgrammeCode))
                && AnyOrganisation
                && Set<ProgrammeMember>().Any(x => x.ProgrammeCode == m.ProgrammeCode && VisibleJurisdictions.Contains(x.JurisdictionCode)));
        builder.Entity<Domain.Meetings.MeetingAgendaItem>().HasQueryFilter(VisibilityFilter, a => Set<Domain.Meetings.Meeting>().Any(m => m.Id == a.MeetingId));
        builder.Entity<Domain.Meetings.MeetingAttendee>().HasQueryFilter(VisibilityFilter, a => Set<Domain.Meetings.Meeting>().Any(m => m.Id == a.MeetingId));
        builder.Entity<Domain.Meetings.MeetingDecision>().HasQueryFilter(VisibilityFilter, d => Set<Domain.Meetings.Meeting>().Any(m => m.Id == d.MeetingId));

        // Work handed down from above is its sender's to follow, and read by whoever may read the draft task it became.
        builder.Entity<InboundAssignment>().HasQueryFilter(
            VisibilityFilter, a => a.ClientId == CallerClientId || Set<CoordinatedTask>().Any(t => t.Id == a.TaskId));

        // 专班 are the programme's, as its meetings are (ADR 0024); the tasks they hold are task-owned rows (above), read
        // by participation: a member city that is no party to a held task sees neither the task nor that it is held.
        builder.Entity<Domain.TaskForces.TaskForce>().HasQueryFilter(
            VisibilityFilter,
            f => (AnyProgramme || VisibleProgrammes.Contains(f.ProgrammeCode))
                && AnyOrganisation
                && (NoPrivateLimit || !Set<Programme>().Any(p => p.Code == f.ProgrammeCode && p.OwnerJurisdiction != null && p.SharedWithOffice == null))
                && Set<ProgrammeMember>().Any(x => x.ProgrammeCode == f.ProgrammeCode && VisibleJurisdictions.Contains(x.JurisdictionCode)));
    }

    // e => e.TaskId == null || Parties.Any(p => p.TaskId == e.TaskId && p visible) && (any programme || task's programme
    // is the caller's): the task's own predicate, on the party rows directly (one index probe) rather than through the
    // task; the programme and organisation conditions vanish from the SQL except for those they limit (ADR 0015). Rows of no task (a user's audit entry, a
    // future event that is not about a task) are not task-owned and stay visible to whoever may read that set.
    private LambdaExpression OwnedByVisibleTask(Type type)
    {
        Expression<Func<Guid?, bool>> visible = id => Set<Party>().Any(p => (Guid?)p.TaskId == id && VisibleJurisdictions.Contains(p.JurisdictionCode))
            && (AnyProgramme || Set<CoordinatedTask>().Any(t => (Guid?)t.Id == id && VisibleProgrammes.Contains(t.ProgrammeCode)))
            && (AnyOrganisation || Set<TaskOrganisation>().Any(o => (Guid?)o.TaskId == id && o.OrganisationCode == CallerOrganisation))
            && (NoPrivateLimit || Set<CoordinatedTask>().Any(t => (Guid?)t.Id == id
                && !Set<Programme>().Any(p => p.Code == t.ProgrammeCode && p.OwnerJurisdiction != null && p.SharedWithOffice == null)));
        var row = Expression.Parameter(type, "e");
        var taskId = Expression.Convert(Expression.Property(row, "TaskId"), typeof(Guid?));
        var body = ReplacingExpressionVisitor.Replace(visible.Parameters[0], taskId, visible.Body);
        if (Nullable.GetUnderlyingType(type.GetProperty("TaskId")!.PropertyType) is not null)
        {
            body = Expression.OrElse(Expression.Equal(taskId, Expression.Constant(null, typeof(Guid?))), body);
        }

        if (type == typeof(OutboxEvent))
        {
            // An event about a task force goes to those who read the task force (its programme's readers).
            // An event about an assignment from above goes to its sender and to those who read its draft task.
            Expression<Func<OutboxEvent, bool>> force = e => (e.TaskForceId == null || Set<Domain.TaskForces.TaskForce>().Any(f => (Guid?)f.Id == e.TaskForceId))
                && (e.AssignmentId == null || Set<InboundAssignment>().Any(a => (Guid?)a.Id == e.AssignmentId));
            body = Expression.AndAlso(body, ReplacingExpressionVisitor.Replace(force.Parameters[0], row, force.Body));
        }

        return Expression.Lambda(body, row);
    }
}
