using CrossRegion.Domain.Reporting;
using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.GetTask;

/// <param name="ReportedStatus">The status of the party's latest report (newest revision of its latest month), if any.</param>
/// <param name="Light">The party's light: its open milestones and its latest report.</param>
/// <param name="Pledged">What the party pledged to spend on the task (万元), where the task splits its cost by city.</param>
public sealed record PartyDto(
    string Jurisdiction, PartyRole Role, string? Share, IReadOnlyList<PartyDepartmentDto> Departments, ReportStatus? ReportedStatus, StatusLight Light, decimal? Pledged = null);
