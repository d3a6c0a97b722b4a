using CrossRegion.Domain.Tasks;

namespace CrossRegion.Application.Tasks.ListTasks;

public sealed record TaskPartySummaryDto(string Jurisdiction, PartyRole Role);
