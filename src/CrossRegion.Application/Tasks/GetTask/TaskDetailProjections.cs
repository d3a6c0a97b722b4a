using System.Linq.Expressions;
using CrossRegion.Domain.Departments;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <summary>The projections of <see cref="GetTaskQueryHandler"/>, translated to SQL by EF Core.</summary>
internal static class TaskDetailProjections
{
    public static readonly Expression<Func<Milestone, MilestoneRow>> Milestone = m => new MilestoneRow(
        m.Id, m.Title, m.TitleEn, m.DueDate, m.BaselineDueDate, m.DuePrecision, m.Status, m.CompletedOn, m.SortOrder,
        m.Owners.Select(o => o.JurisdictionCode).ToList(),
        m.SignOffs.Select(s => new SignOffDto(s.JurisdictionCode, s.Status, s.Text, s.Link, s.By, s.At)).ToList(),
        m.Extensions.OrderBy(e => e.RequestedAt)
            .Select(e => new ExtensionDto(e.Id, e.JurisdictionCode, e.RequestedDueDate, e.Reason, e.Status, e.RequestedBy, e.RequestedAt, e.DecidedBy, e.DecisionReason))
            .ToList());

    public static readonly Expression<Func<AnnualTarget, AnnualTargetDto>> Target = x => new AnnualTargetDto(
        x.Year,
        x.Text,
        x.Measures.OrderBy(m => m.Id)
            .Select(m => new MeasureDto(m.Id, m.Metric, m.MetricEn, m.Comparator, m.Value, m.Unit, m.JurisdictionCode, m.SourceText))
            .ToList());

    public static Expression<Func<CoordinatedTask, TaskHeader>> Header(IQueryable<CoordinatedTask> tasks) => t => new TaskHeader(
        t.Id,
        t.Key,
        t.TitleZh,
        t.TitleEn,
        t.Aliases.Select(a => a.Name).ToList(),
        t.ListType,
        t.ProgrammeCode,
        t.CategoryCode,
        t.Status,
        new TaskPeriodDto(t.PeriodText, t.StartYear, t.EndYear),
        t.MainContent,
        t.Stage,
        t.Remarks,
        t.Parent != null ? new TaskLinkDto(t.Parent.Key, t.Parent.TitleZh, t.Parent.TitleEn) : null,
        tasks.Where(s => s.ParentTaskId == t.Id).OrderBy(s => s.Key).Select(s => new TaskLinkDto(s.Key, s.TitleZh, s.TitleEn)).ToList(),
        t.SourceDocument,
        t.SourceRow,
        t.Version,
        t.StatusReason,
        t.StatusChangedAt,
        t.ProposedBy,
        t.ProposedFor,
        t.Organisations.Any(),
        t.PredecessorId,
        t.Preparation.Any(),
        t.Spending.Any() || t.Parties.Any(p => p.Pledged != null));

    public static Expression<Func<Party, PartyRow>> Party(IQueryable<Department> departments) => p => new PartyRow(
        p.JurisdictionCode,
        p.Role,
        p.Share,
        p.Departments
            .Join(departments, pd => pd.DepartmentId, d => d.Id, (_, d) => new PartyDepartmentDto(d.Code, d.NameZh, d.NameEn, d.FunctionCode))
            .ToList(),
        p.Pledged);
}
