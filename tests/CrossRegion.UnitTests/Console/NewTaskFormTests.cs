using Bunit;
using CrossRegion.Api.WebConsole.Pages;
using CrossRegion.Application.Catalogue.ListCatalogue;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Application.Departments.ListDepartments;
using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using CrossRegion.Application.Tasks.CreateTask;
using CrossRegion.Domain.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.UnitTests.Console;

/// <summary>The new-task form: a party offers only its own city's units, and the create command's validator speaks field by field.</summary>
public sealed class NewTaskFormTests : IDisposable
{
    private readonly List<BunitContext> _contexts = [];

    [Fact]
    public void Party_Should_OfferTheUnitsOfItsOwnCityOnly_AndDropThemWhenTheCityChanges()
    {
        var (form, _) = Render(UserRoles.JointOfficeCoordinator);

        form.Find("select[name='parties[0].jurisdiction']").Change("WZ");
        Assert.Equal(["WZ-TRANSPORT"], form.FindAll("input[name='parties[0].departments']").Select(i => i.GetAttribute("value")));
        form.Find("input[name='parties[0].departments'][value=WZ-TRANSPORT]").Change(true);

        form.Find("select[name='parties[0].jurisdiction']").Change("DZ");
        Assert.Equal(["DZ-TRANSPORT"], form.FindAll("input[name='parties[0].departments']").Select(i => i.GetAttribute("value")));
        Assert.Null(form.Find("input[name='parties[0].departments']").GetAttribute("checked"));
    }

    [Fact]
    public void Create_Should_MarkEachRefusedField_AndSendNothing()
    {
        var (form, mediator) = Render(UserRoles.JointOfficeCoordinator);

        form.Find("input[name=key]").Change("WDK-2026-01");
        form.Find("input[name='milestones[0].due_date']").Change("2027-03-31");
        form.Find("form").Submit();

        Assert.Equal("true", form.Find("input[name=title_zh]").GetAttribute("aria-invalid"));
        Assert.Equal("true", form.Find("select[name='parties[0].jurisdiction']").GetAttribute("aria-invalid"));
        Assert.Equal("true", form.Find("input[name='milestones[0].title']").GetAttribute("aria-invalid"));
        Assert.Equal("2027-03-31", form.Find("input[name='milestones[0].due_date']").GetAttribute("value"));
        Assert.DoesNotContain(mediator.Accepted, r => r is CreateTaskCommand);
    }

    [Fact]
    public void CityCoordinator_Should_ProposeWithTheirOwnCityFirst()
    {
        var (form, _) = Render(UserRoles.CityCoordinator, "KZ");

        Assert.Contains("提议新任务", form.Markup, StringComparison.Ordinal);
        Assert.Equal("KZ", form.Find("select[name='parties[0].jurisdiction'] option[selected]").GetAttribute("value"));
    }

    public void Dispose()
    {
        foreach (var context in _contexts)
        {
            context.Dispose();
        }
    }

    private (IRenderedComponent<NewTask> Form, PipelineMediator Mediator) Render(UserRoles roles, string? city = null)
    {
        var mediator = new PipelineMediator(request => request switch
        {
            ListCatalogueQuery => new CatalogueDto([new("WDK", "万达开", "WDK")], [new("infrastructure", "基础设施", "Infrastructure")], [new("joint_key_task", "联合重点任务", "Joint key tasks")]),
            ListDepartmentsQuery => (IReadOnlyList<DepartmentDto>)
            [
                new("WZ-TRANSPORT", "WZ", "万州区交通运输局", "Wanzhou Transport Bureau", "transport", "government_department", null, [], null),
                new("DZ-TRANSPORT", "DZ", "达州市交通运输局", "Dazhou Transport Bureau", "transport", "government_department", null, [], null),
            ],
            ListJurisdictionsQuery => ConsoleComponentContext.Cities,
            _ => null,
        });
        var context = ConsoleComponentContext.Create(mediator, services: s => s.AddSingleton<ICurrentUser>(new TestPerson(roles, city)));
        _contexts.Add(context);
        return (context.Render<NewTask>(), mediator);
    }
}
