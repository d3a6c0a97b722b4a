using System.Globalization;
using AntDesign;
using Bunit;
using CrossRegion.Api.WebConsole;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using CrossRegion.Domain.Identity;
using CrossRegion.Domain.Jurisdictions;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.UnitTests.Console;

/// <summary>A bUnit context with what the console's components need: Ant Design, the cities, a mediator the test answers.</summary>
internal static class ConsoleComponentContext
{
    public static readonly IReadOnlyList<JurisdictionDto> Cities =
    [
        new("WZ", "万州区", "Wanzhou", "重庆市", "Chongqing", JurisdictionKind.District, ["WDK", "WKY"]),
        new("DZ", "达州市", "Dazhou", "四川省", "Sichuan", JurisdictionKind.PrefectureLevelCity, ["WDK"]),
        new("KZ", "开州区", "Kaizhou", "重庆市", "Chongqing", JurisdictionKind.District, ["WDK", "WKY"]),
        new("YY", "云阳县", "Yunyang", "重庆市", "Chongqing", JurisdictionKind.County, ["WKY"]),
    ];

    public static BunitContext Create(PipelineMediator mediator, string culture = "zh-CN", Action<IServiceCollection>? services = null)
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddAntDesign();
        context.Services.AddSingleton<IMediator>(mediator);
        context.Services.AddScoped<CityNames>();
        context.Services.AddSingleton(TimeProvider.System);

        // A person with no role of their own unless the test says who: pages ask it what to offer.
        context.Services.AddSingleton<ICurrentUser>(new TestPerson(UserRoles.None));
        services?.Invoke(context.Services);

        // As a page does before it renders its forms: the cities' names, read once.
        context.Services.GetRequiredService<CityNames>().Use(Cities);
        return context;
    }
}

/// <summary>A signed-in person of the given roles, of a city or (none) acting for all four.</summary>
internal sealed class TestPerson(UserRoles roles, string? city = null) : ICurrentUser
{
    public CallerKind Kind => CallerKind.User;
    public bool IsAuthenticated => true;
    public Guid? UserId { get; } = Guid.NewGuid();
    public string? Name => "someone";
    public IReadOnlyList<string> Jurisdictions => city is null ? [] : [city];
    public Guid? DepartmentId => null;
    public UserRoles Roles => roles;
    public IReadOnlyCollection<string> Scopes => [];
    public bool SeesAllTasks => city is null;
}
