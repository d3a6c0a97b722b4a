using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CrossRegion.Api.WebConsole;

/// <summary>
/// A chart drawn by Apache ECharts in the browser (console/charts.js) from options the component serialises to JSON:
/// drawn after each render whose options changed, disposed with the component; a click on a data point calls
/// <see cref="OnPoint"/> with its index.
/// </summary>
public abstract class ChartBase : ComponentBase, IAsyncDisposable
{
    private DotNetObjectReference<ChartBase>? _self;
    private string? _drawn;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Parameter, EditorRequired] public string Caption { get; set; } = string.Empty;
    [Parameter] public string? TestId { get; set; }
    [Parameter] public EventCallback<int> OnPoint { get; set; }

    protected ElementReference Element { get; set; }

    /// <summary>The ECharts options, as JSON.</summary>
    protected abstract string Options { get; }

    /// <summary>The index the person clicked as the caller counts it (a chart may draw its points in another order).</summary>
    protected virtual int PointIndex(int drawn) => drawn;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        var options = Options;
        if (_drawn == options)
        {
            return;
        }

        _self ??= DotNetObjectReference.Create(this);
        await JS.InvokeVoidAsync("crCharts.render", Element, options, OnPoint.HasDelegate ? _self : null);
        _drawn = options;
    }

    [JSInvokable]
    public Task PointClicked(int index) => OnPoint.InvokeAsync(PointIndex(index));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await JS.InvokeVoidAsync("crCharts.dispose", Element);
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the page with it.
        }

        _self?.Dispose();
        GC.SuppressFinalize(this);
    }
}
