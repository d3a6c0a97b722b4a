namespace CrossRegion.Api.WebConsole;

/// <summary>
/// One action of a form at a time: busy while it runs (its buttons disabled), then what it did or the refusal the
/// person can act on (<see cref="Refusal.From"/>); any other failure is not the person's to fix and goes on to the page's
/// error boundary.
/// </summary>
public sealed class FormRun
{
    public bool Busy { get; private set; }

    /// <summary>What the last action did, to say so.</summary>
    public string? Done { get; private set; }

    /// <summary>Why the last action was refused; a page may also set its own (a file refused before it is sent).</summary>
    public Refusal? Refused { get; set; }

    /// <summary>The refused field's error, under its API name.</summary>
    public string? this[string field] => Refused?[field];

    public Task<bool> RunAsync(Func<Task> action, string? done = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        return RunAsync(async () =>
        {
            await action();
            return done;
        });
    }

    /// <summary>An action that says itself what it did (how many it changed).</summary>
    public async Task<bool> RunAsync(Func<Task<string?>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        (Busy, Done, Refused) = (true, null, null);
        try
        {
            Done = await action();
            return true;
        }
        catch (Exception refused) when (Refusal.From(refused) is { } refusal)
        {
            Refused = refusal;
            return false;
        }
        finally
        {
            Busy = false;
        }
    }
}
