using CrossRegion.Domain.Auditing;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Integration;
using CrossRegion.Domain.Jurisdictions;
using CrossRegion.Domain.Operations;
using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;
using Microsoft.EntityFrameworkCore;

namespace CrossRegion.Application.Common.Interfaces;

/// <summary>
/// The persistence port. <see cref="Tasks"/> is filtered by the caller's visibility (participation) in every query.
/// </summary>
public interface IAppDbContext
{
    DbSet<Jurisdiction> Jurisdictions { get; }
    DbSet<Programme> Programmes { get; }
    DbSet<JointOffice> JointOffices { get; }
    DbSet<Domain.Organisations.Organisation> Organisations { get; }
    DbSet<JointOfficeAssignment> JointOfficeAssignments { get; }
    DbSet<Category> Categories { get; }
    DbSet<Department> Departments { get; }
    DbSet<CoordinatedTask> Tasks { get; }

    /// <summary>The lists each programme issues per year, with their columns. Not filtered: read them through <c>VisibleProgrammes</c>.</summary>
    DbSet<ListType> ListTypes { get; }
    DbSet<Domain.Indicators.Indicator> Indicators { get; }

    /// <summary>Each year's scoring scheme: public to every reader (the rules a city is scored by are no secret).</summary>
    DbSet<Domain.Evaluation.EvaluationScheme> EvaluationSchemes { get; }

    /// <summary>Each year's evaluations; their items, appeals and adjustments are filtered to the caller's cities.</summary>
    DbSet<Domain.Evaluation.EvaluationRun> EvaluationRuns { get; }

    /// <summary>联席会议, filtered to the caller: the programme's member cities and the joint office running it.</summary>
    DbSet<Domain.Meetings.Meeting> Meetings { get; }

    DbSet<Domain.Meetings.HostOrder> HostOrders { get; }

    /// <summary>Reports, notes and comments are reached through a visible task: query <see cref="Tasks"/> first.</summary>
    DbSet<ProgressReport> ProgressReports { get; }
    DbSet<TaskNote> TaskNotes { get; }

    /// <summary>争取 / 报批 of a task: filtered with their task (whoever sees the task sees its asks).</summary>
    DbSet<Domain.Asks.Ask> Asks { get; }
    DbSet<Domain.TaskForces.TaskForce> TaskForces { get; }
    DbSet<Domain.Issues.TaskIssue> Issues { get; }
    DbSet<Domain.TaskForces.TaskForceTask> TaskForceTasks { get; }
    DbSet<TaskComment> TaskComments { get; }
    DbSet<Domain.Evidence.Attachment> Attachments { get; }
    /// <summary>Issued by the chase job only; read through the audience rules of the notification features.</summary>
    DbSet<Notice> Notices { get; }
    DbSet<NoticeRead> NoticeReads { get; }
    DbSet<JobRun> JobRuns { get; }
    DbSet<OutboxEvent> OutboxEvents { get; }
    DbSet<Bulletin> Bulletins { get; }
    DbSet<WebhookSubscription> WebhookSubscriptions { get; }
    DbSet<WebhookDelivery> WebhookDeliveries { get; }
    DbSet<InboundAssignment> InboundAssignments { get; }
    DbSet<Domain.Channels.NotificationPreference> NotificationPreferences { get; }
    DbSet<Domain.Channels.ChannelRobot> ChannelRobots { get; }
    DbSet<Domain.Channels.ChannelDelivery> ChannelDeliveries { get; }
    DbSet<UserAccount> UserAccounts { get; }
    DbSet<ApiClient> ApiClients { get; }

    /// <summary>The hash-chained history; appended by the persistence layer on every save, never written directly.</summary>
    DbSet<AuditEntry> AuditEntries { get; }
    DbSet<AuditHead> AuditHeads { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs work that saves more than once (a use case calling others) as one transaction: all of it commits, or none.
    /// </summary>
    Task<T> InOneTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken);
}
