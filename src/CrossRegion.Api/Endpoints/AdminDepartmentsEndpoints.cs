using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Departments.Common;
using CrossRegion.Application.Departments.CreateDepartment;
using CrossRegion.Application.Departments.ListAdministeredDepartments;
using CrossRegion.Application.Departments.ReinstateDepartment;
using CrossRegion.Application.Departments.RetireDepartment;
using CrossRegion.Application.Departments.UpdateDepartment;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// The unit catalogue, administered: a city administrator its own city's units, joint-office and system administrators
/// every city's. Every change is in the audit chain.
/// </summary>
internal sealed class AdminDepartmentsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/departments").WithTags("Administration").RequireAuthorization();
        group.MapGet("/", async (IMediator mediator, CancellationToken ct, string? jurisdiction = null) =>
                TypedResults.Ok(await mediator.Send(new ListAdministeredDepartmentsQuery(jurisdiction), ct)))
            .WithName("AdminListDepartments")
            .WithSummary("The units the caller administers, retired ones included")
            .WithStandardProblems();
        group.MapPost("/", Create)
            .WithName("AdminCreateDepartment")
            .WithSummary("Add a unit: code (city code first, e.g. YY-TRANSPORT), names, function, kind, parent, aliases")
            .WithDescription(
                "403 when the caller does not administer the city; 409 department.duplicate for a taken code and " +
                "department_name.duplicate when a name or alias already names another unit of the city in service.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPatch("/{code}", Update)
            .WithName("AdminUpdateDepartment")
            .WithSummary("Rename, reclassify, move under another unit (\"\" for the top) or replace the aliases; absent fields are unchanged")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{code}/retire", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RetireDepartmentCommand(code), ct)))
            .WithName("AdminRetireDepartment")
            .WithSummary("Retire a unit; 422 department.in_use while open tasks, active users or units in service depend on it")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{code}/reinstate", async (string code, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ReinstateDepartmentCommand(code), ct)))
            .WithName("AdminReinstateDepartment")
            .WithSummary("Put a retired unit back in service")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Created<DepartmentDto>> Create(DepartmentBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateDepartmentCommand(body.Code, body.Jurisdiction, body.NameZh, body.NameEn, body.Function, body.Kind, body.Parent, body.Aliases), cancellationToken);
        return TypedResults.Created($"/api/v1/admin/departments/{created.Code}", created);
    }

    private static async Task<Ok<DepartmentDto>> Update(string code, DepartmentBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(
            new UpdateDepartmentCommand(code, body.NameZh, body.NameEn, body.Function, body.Kind, body.Parent, body.Aliases), cancellationToken));
}

[CommandRules(typeof(CreateDepartmentCommand), typeof(UpdateDepartmentCommand))]
internal sealed record DepartmentBody(
    string? Code, string? Jurisdiction, string? NameZh, string? NameEn, string? Function, string? Kind, string? Parent, IReadOnlyList<string>? Aliases);
