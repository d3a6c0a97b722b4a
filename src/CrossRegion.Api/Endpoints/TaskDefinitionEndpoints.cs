using CrossRegion.Api.OpenApi;
using System.Text.Json;
using CrossRegion.Application.Common.Text;
using CrossRegion.Application.Tasks.Common;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Application.Tasks.EditMilestone;
using CrossRegion.Application.Tasks.EditOrganisation;
using CrossRegion.Application.Tasks.EditParty;
using CrossRegion.Application.Tasks.EditTarget;
using CrossRegion.Application.Tasks.GetTask;
using CrossRegion.Application.Tasks.ListItems;
using CrossRegion.Application.Tasks.Pipeline;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// The joint office edits a task's definition after creation: parties, milestones, annual targets and measures; whoever
/// runs a list's programme edits its items' own columns, records a project's stages and carries items over.
/// Every edit sends If-Match (428 without, 412 when stale) and answers with the task as it now is and its ETag.
/// </summary>
internal sealed class TaskDefinitionEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/tasks/{key}").WithTags("Task definition").RequireAuthorization();

        Edit(group.MapPost("/parties", (string key, PartyInput body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditPartyCommand(key, Version(c), EditAction.Add, body.Jurisdiction, body.Role, body.Share, body.Departments), m, c, ct)),
            "AddParty", "Add a party with its role, units and share", creates: true);
        Edit(group.MapPatch("/parties/{jurisdiction}", (string key, string jurisdiction, PartyPatch body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditPartyCommand(key, Version(c), EditAction.Change, jurisdiction, body.Role, body.Share, body.Departments), m, c, ct)),
            "ChangeParty", "Change a party's role, share or units (units must belong to its jurisdiction)");
        Edit(group.MapDelete("/parties/{jurisdiction}", (string key, string jurisdiction, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditPartyCommand(key, Version(c), EditAction.Remove, jurisdiction), m, c, ct)),
            "RemoveParty", "Remove a party that owns no milestone, has no measure and never reported");

        Edit(group.MapPost("/organisations", (string key, TaskOrganisationBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTaskOrganisationCommand(key, Version(c), EditAction.Add, body.Organisation, body.Relation), m, c, ct)),
            "NameOrganisation", "Name an organisation of the catalogue on the task as lead_unit, addressee or party; its observers then see the task", creates: true);
        Edit(group.MapDelete("/organisations/{organisation}/{relation}", (string key, string organisation, string relation, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTaskOrganisationCommand(key, Version(c), EditAction.Remove, organisation, relation), m, c, ct)),
            "UnnameOrganisation", "Stop naming an organisation in one relation");

        Edit(group.MapPost("/milestones", (string key, MilestoneInput body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditMilestoneCommand(key, Version(c), EditAction.Add, null, body.Title, body.TitleEn, body.DueDate, body.DuePrecision, body.Owners), m, c, ct)),
            "AddMilestone", "Add a milestone (owners: responsible parties; none means all of them)", creates: true);
        Edit(group.MapPatch("/milestones/{milestoneId:guid}", (string key, Guid milestoneId, MilestonePatch body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditMilestoneCommand(key, Version(c), EditAction.Change, milestoneId, body.Title, body.TitleEn, body.DueDate, body.DuePrecision, body.Owners), m, c, ct)),
            "ReviseMilestone", "Re-plan a milestone: titles, due date (the baseline stays), precision, owners");
        Edit(group.MapDelete("/milestones/{milestoneId:guid}", (string key, Guid milestoneId, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditMilestoneCommand(key, Version(c), EditAction.Remove, milestoneId), m, c, ct)),
            "RemoveMilestone", "Remove a milestone nobody has signed or asked to extend");

        Edit(group.MapPost("/targets", (string key, TargetInput body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTargetCommand(key, Version(c), EditAction.Add, body.Year, body.Text, body.Measures), m, c, ct)),
            "AddTarget", "Add a year's target (年度目标任务) with its measures", creates: true);
        Edit(group.MapPatch("/targets/{year:int}", (string key, int year, TargetPatch body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTargetCommand(key, Version(c), EditAction.Change, year, body.Text, body.AddMeasures), m, c, ct)),
            "ReviseTarget", "Reword a year's target and add measures to it");
        Edit(group.MapDelete("/targets/{year:int}", (string key, int year, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTargetCommand(key, Version(c), EditAction.Remove, year), m, c, ct)),
            "RemoveTarget", "Remove a year's target, if no party has reported against its measures");
        Edit(group.MapDelete("/targets/{year:int}/measures/{measureId:guid}", (string key, int year, Guid measureId, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new EditTargetCommand(key, Version(c), EditAction.Remove, year, MeasureId: measureId), m, c, ct)),
            "RemoveMeasure", "Remove a measure no party has reported against");

        Edit(group.MapPatch("/fields", (string key, Dictionary<string, JsonElement> body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new SetListFieldsCommand(key, Version(c), ListFieldsBody.Read(body)), m, c, ct)),
            "SetListFields", "Set a list item's own columns (建设批次, 总投资 …; see GET /api/v1/list-types); null clears an optional one", runBy: "whoever runs the programme");
        Edit(group.MapPost("/stages", (string key, StageBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new RecordStageCommand(key, Version(c), body.Stage, body.On, body.Note, body.OverrideReason), m, c, ct)),
            "RecordStage", "Record the day a project entered a stage (储备, 前期, 重大前期, 新开工, 续建, 竣工投产); entering construction from preparation needs the 前期 checklist settled (422 stage.preparation naming the open items) or an override_reason", runBy: "whoever runs the programme");

        Edit(group.MapPost("/preparation", (string key, PreparationBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new AddPreparationItemCommand(key, Version(c), body.Kind, body.Name, body.Party), m, c, ct)),
            "AddPreparationItem", "Put an item on a project's 前期 checklist: kind (feasibility, land_pre_review, environmental_assessment, site_selection, funding, other with a name), party answering for it", creates: true, runBy: "whoever runs the programme");
        Edit(group.MapPatch("/preparation/{itemId:guid}", (string key, Guid itemId, PreparationStateBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new SetPreparationItemCommand(key, Version(c), itemId, body.State, body.On, body.Document, body.Note), m, c, ct)),
            "SetPreparationItem", "Move a 前期 item to a state: not_started, in_progress, approved (on, document), not_needed (note saying why)", runBy: "the party answering for it, or whoever runs the programme");
        Edit(group.MapDelete("/preparation/{itemId:guid}", (string key, Guid itemId, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new RemovePreparationItemCommand(key, Version(c), itemId), m, c, ct)),
            "RemovePreparationItem", "Take an item off the 前期 checklist", runBy: "whoever runs the programme");
        Edit(group.MapPut("/cost-shares/{jurisdiction}", (string key, string jurisdiction, PledgeBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new PledgeCommand(key, Version(c), jurisdiction, body.Pledged), m, c, ct)),
            "Pledge", "Set what a party pledged to spend on the task (pledged, 万元; null clears it); the task's costs sum the parties'", runBy: "the party itself, or whoever runs the programme");
        Edit(group.MapPost("/cost-shares/{jurisdiction}/spend", (string key, string jurisdiction, SpendBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new RecordSpendCommand(key, Version(c), jurisdiction, body.Period, body.Amount, body.Note), m, c, ct)),
            "RecordSpend", "Record a party's actual spend in a month (period yyyy-MM, amount 万元, note); recording a month again revises it, earlier records kept", creates: true, runBy: "the party itself, or whoever runs the programme");
        Edit(group.MapPost("/carry-over", (string key, CarryOverBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new CarryOverCommand(key, Version(c), body.Programme, body.ListYear, body.ListType, body.Key, body.AnnualTarget), m, c, ct)),
            "CarryOver", "结转: put an unfinished item on a later year's list (the new item links back; this one is archived)", creates: true, runBy: "whoever runs the programme");
        Edit(group.MapPut("/contributes-to", (string key, ContributionBody body, IMediator m, HttpContext c, CancellationToken ct) =>
                Run(new ContributeCommand(key, Version(c), body.JointTask), m, c, ct)),
            "Contribute", "Link a city's own item to the joint task it contributes to (joint_task: its key; null unlinks)", runBy: "whoever runs the item's programme");
    }

    private static int? Version(HttpContext context) => ETags.Parse(context.Request.Headers.IfMatch);

    private static Task<Ok<TaskDetailDto>> Run(IRequest<TaskDetailDto> command, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
        TaskResponses.OkAsync(command, mediator, context.Response, cancellationToken);

    private static void Edit(RouteHandlerBuilder builder, string name, string summary, bool creates = false, string runBy = "joint office")
    {
        if (creates)
        {
            builder.WithIdempotencyKey();
        }

        builder.WithName(name)
            .WithSummary($"{summary} ({runBy}; If-Match)")
            .WithSignOffProblems()
            .WithIfMatch(required: true);
    }
}

[CommandRules(typeof(EditTaskOrganisationCommand))]
internal sealed record TaskOrganisationBody(string? Organisation, string? Relation);

/// <summary>Body of POST …/stages: the stage (snake_case code), the day it began, a note, and why the 前期 checklist is overridden (if it is).</summary>
[CommandRules(typeof(RecordStageCommand))]
internal sealed record StageBody(string? Stage, DateOnly? On, string? Note, string? OverrideReason = null);

/// <summary>Body of POST …/preparation: the kind, its name (kind other) or qualifier, the party answering for it.</summary>
[CommandRules(typeof(AddPreparationItemCommand))]
internal sealed record PreparationBody(string? Kind, string? Name, string? Party);

/// <summary>Body of PATCH …/preparation/{id}: the state, the day it was reached, the approving document, a note.</summary>
[CommandRules(typeof(SetPreparationItemCommand))]
internal sealed record PreparationStateBody(string? State, DateOnly? On, string? Document, string? Note);

/// <summary>Body of PUT …/cost-shares/{jurisdiction}: the pledge in 万元, or null to clear it.</summary>
[CommandRules(typeof(PledgeCommand))]
internal sealed record PledgeBody(decimal? Pledged);

/// <summary>Body of POST …/cost-shares/{jurisdiction}/spend: the month, the amount spent in it (万元), a note.</summary>
[CommandRules(typeof(RecordSpendCommand))]
internal sealed record SpendBody(string? Period, decimal? Amount, string? Note);

/// <summary>Body of POST …/carry-over: the later list (programme defaults to the item's), a key (else the list's next), the new year's target.</summary>
[CommandRules(typeof(CarryOverCommand))]
internal sealed record CarryOverBody(string? Programme, int? ListYear, string? ListType, string? Key, string? AnnualTarget);

/// <summary>Body of PUT …/contributes-to: the joint task's key, or null.</summary>
[CommandRules(typeof(ContributeCommand))]
internal sealed record ContributionBody(string? JointTask);

/// <summary>PATCH …/fields takes an object of column keys to values: strings, numbers or null.</summary>
internal static class ListFieldsBody
{
    public static Dictionary<string, string?> Read(Dictionary<string, JsonElement> body) =>
        body.ToDictionary(
            f => f.Key,
            f => f.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => f.Value.GetString(),
                JsonValueKind.Number => f.Value.GetRawText(),
                _ => throw new BadHttpRequestException(Localized.Text(
                    $"列“{f.Key}”的值须为字符串、数字或 null。", $"The value of '{f.Key}' must be a string, a number or null.")),
            },
            StringComparer.Ordinal);
}
