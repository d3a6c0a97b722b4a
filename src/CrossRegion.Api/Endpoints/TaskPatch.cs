using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Tasks.UpdateTask;

namespace CrossRegion.Api.Endpoints;

/// <summary>Body of PATCH /api/v1/tasks/{key}: the fields to change (absent fields stay), a parent, aliases to add.</summary>
[CommandRules(typeof(UpdateTaskCommand))]
public sealed record TaskPatch(string? TitleZh, string? TitleEn, string? MainContent, string? Stage, string? Remarks, PeriodPatch? Period, string? ParentKey, IReadOnlyList<string>? AddAliases);
