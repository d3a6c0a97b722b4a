using CrossRegion.Application.Tasks.GetTask;
using MediatR;
using Microsoft.AspNetCore.Components;

namespace CrossRegion.Api.WebConsole.Tasks;

/// <summary>
/// What a form acting on one milestone shares: it is sent with the task's version the page read; when the task moved
/// on, the page reloads it and the form says what changed on the milestone since it was opened, keeping what the
/// person typed, so they can send it again on the new version — never over someone else's change.
/// </summary>
public abstract class MilestoneActionForm : ComponentBase
{
    [Inject] protected IMediator Mediator { get; set; } = default!;
    [Inject] private CityNames Cities { get; set; } = default!;

    [Parameter, EditorRequired] public string TaskKey { get; set; } = string.Empty;
    [Parameter, EditorRequired] public MilestoneDto Milestone { get; set; } = default!;

    /// <summary>The task's version the page shows (the ETag the command is sent with).</summary>
    [Parameter, EditorRequired] public int Version { get; set; }

    /// <summary>Whether the person's party may (still) do this, as the reloaded task says.</summary>
    [Parameter] public bool Allowed { get; set; } = true;

    /// <summary>Done: the task as the command left it.</summary>
    [Parameter] public EventCallback<TaskDetailDto> OnDone { get; set; }

    /// <summary>The task moved on: the page reloads it; Milestone, Version and Allowed come back as parameters.</summary>
    [Parameter] public EventCallback OnStale { get; set; }

    [Parameter] public EventCallback OnClose { get; set; }

    protected Refusal? Refused { get; set; }

    /// <summary>What changed on the milestone since the form was opened, once a send was refused as stale.</summary>
    protected IReadOnlyList<string>? Changes { get; private set; }

    protected bool Busy { get; private set; }

    private MilestoneDto? _openedOn;
    private int _sentOn;

    protected string? Error(string field) => Refused?[field];

    protected override void OnParametersSet()
    {
        _openedOn ??= Milestone;

        // What changed is told once the page has the task as it now is (a newer version than the one sent), not from
        // a render in between.
        if (Refused?.Stale == true && Version != _sentOn)
        {
            Changes = MilestoneChanges.Between(_openedOn, Milestone, Cities.Of);
        }
    }

    /// <summary>Runs the form's use case; a refusal is shown (field by field for the validators'), a stale one reloads.</summary>
    protected async Task SendAsync(Func<Task<TaskDetailDto>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        Busy = true;
        Refused = null;
        _sentOn = Version;
        try
        {
            var task = await send();
            await OnDone.InvokeAsync(task);
        }
        catch (Exception failed) when (Refusal.From(failed) is { } refusal)
        {
            Refused = refusal;
            if (refusal.Stale)
            {
                await OnStale.InvokeAsync();
            }
        }
        finally
        {
            Busy = false;
        }
    }
}
