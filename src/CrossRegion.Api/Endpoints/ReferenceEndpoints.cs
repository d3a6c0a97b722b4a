using CrossRegion.Application.Account.BeginTwoFactor;
using CrossRegion.Application.Account.ChangePassword;
using CrossRegion.Application.Account.ConfirmTwoFactor;
using CrossRegion.Application.Account.DisableTwoFactor;
using CrossRegion.Application.Account.GetMe;
using CrossRegion.Application.Departments.ListDepartments;
using CrossRegion.Application.JointOffices.ListJointOffices;
using CrossRegion.Application.Jurisdictions.ListJurisdictions;
using CrossRegion.Application.Organisations.ListOrganisations;
using MediatR;

namespace CrossRegion.Api.Endpoints;

internal sealed class ReferenceEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("Reference").RequireAuthorization();

        group.MapGet("/jurisdictions", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListJurisdictionsQuery(), cancellationToken)))
            .WithName("ListJurisdictions")
            .WithSummary("The four jurisdictions with their province-level parent and programmes")
            .WithStandardProblems();

        group.MapGet("/programmes", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok((await mediator.Send(new Application.Catalogue.ListCatalogue.ListCatalogueQuery(), cancellationToken)).Programmes))
            .WithName("ListProgrammes")
            .WithSummary("The programmes (万达开, 万开云 …) a task belongs to: the codes the ledger's programme filter takes")
            .WithStandardProblems();

        group.MapGet("/categories", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok((await mediator.Send(new Application.Catalogue.ListCatalogue.ListCatalogueQuery(), cancellationToken)).Categories))
            .WithName("ListCategories")
            .WithSummary("The ledger's categories (领域: 基础设施, 产业协作 …): the codes tasks and the category filter take")
            .WithStandardProblems();

        group.MapGet("/list-types", async (IMediator mediator, CancellationToken cancellationToken, string? programme = null, int? year = null) =>
                TypedResults.Ok(await mediator.Send(new Application.Catalogue.ListTypes.ListListTypesQuery(programme, year), cancellationToken)))
            .WithName("ListListTypes")
            .WithSummary("The lists (清单: 重大项目, 重大政策 …) each programme issues per year, with their columns in print order: the values of the ledger's list_type, its field.* filters, and a list's CSV layout")
            .WithStandardProblems();

        group.MapPost("/list-types", async (Application.Catalogue.CreateListType.CreateListTypeCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Created($"/api/v1/list-types?programme={Uri.EscapeDataString(command.Programme ?? "")}&year={command.Year}", await mediator.Send(command, cancellationToken)))
            .WithName("CreateListType")
            .WithSummary("Issue a list for a programme's year, with its columns or those of an earlier year's list (copy_from_year); whoever runs the programme")
            .WithStandardProblems();

        group.MapPut("/programmes/{code}/sharing", async (string code, SharingBody body, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Application.Catalogue.ShareProgramme.ShareProgrammeCommand(code, body.JointOffice), cancellationToken)))
            .WithName("ShareProgramme")
            .WithSummary("A city shares its own programme with a joint office (joint_office: its code), or stops sharing it (joint_office: null); the city's coordinators only")
            .WithStandardProblems();

        group.MapGet("/departments", async (
                    IMediator mediator, CancellationToken cancellationToken, string? jurisdiction = null, string? function = null,
                    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "include_retired")] bool includeRetired = false) =>
                TypedResults.Ok(await mediator.Send(new ListDepartmentsQuery(jurisdiction, function, includeRetired), cancellationToken)))
            .WithName("ListDepartments")
            .WithSummary("Departments, optionally of one jurisdiction and of one cross-city function (e.g. transport)")
            .WithStandardProblems();

        group.MapGet("/joint-offices", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListJointOfficesQuery(), cancellationToken)))
            .WithName("ListJointOffices")
            .WithSummary("The joint offices (万达开联合办公室, 万开云联合办公室) and the programmes whose tasks each runs")
            .WithStandardProblems();

        group.MapGet("/organisations", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new ListOrganisationsQuery(), cancellationToken)))
            .WithName("ListOrganisations")
            .WithSummary("Organisations above and beside the cities that tasks name as lead unit, addressee or party (国家发展改革委, 国铁集团, 四川省交通运输厅 …)")
            .WithStandardProblems();

        group.MapGet("/me", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new GetMeQuery(), cancellationToken)))
            .WithTags("Auth")
            .WithName("GetMe")
            .WithSummary("Who the caller is: user or client, jurisdiction, department, roles, scopes; for a person, whether a password change is due and whether two-factor is on")
            .WithStandardProblems();

        group.MapGet("/me/notification-preferences", async (IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(new Application.Account.NotificationPreferences.GetNotificationPreferencesQuery(), cancellationToken)))
            .WithTags("Notifications")
            .WithName("GetNotificationPreferences")
            .WithSummary("How you receive notices outside the inbox: email, SMS, reminders too, from which rung, language, quiet hours, and the addresses")
            .WithStandardProblems();
        group.MapPut("/me/notification-preferences", async (Application.Account.NotificationPreferences.SetNotificationPreferencesCommand command, IMediator mediator, CancellationToken cancellationToken) =>
                TypedResults.Ok(await mediator.Send(command, cancellationToken)))
            .WithTags("Notifications")
            .WithName("SetNotificationPreferences")
            .WithSummary("Change how you receive notices outside the inbox; email needs email_address, SMS a phone (400 by field)")
            .WithStandardProblems();

        group.MapPost("/me/password", async (ChangePasswordCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithTags("Auth")
            .WithName("ChangePassword")
            .WithSummary("Change your own password (current_password, new_password): every session ends, this one included: sign in again with the new password")
            .RequireRateLimiting(AuthEndpoints.RateLimitPolicy)
            .WithBodyLimit(BodyLimits.Auth)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/me/two-factor", async (IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
            {
                AuthEndpoints.SetNoStore(context);
                return TypedResults.Ok(await mediator.Send(new BeginTwoFactorCommand(), cancellationToken));
            })
            .WithTags("Auth")
            .WithName("BeginTwoFactor")
            .WithSummary("Start enrolling two-factor sign-in: a new authenticator key (shared_key, and an otpauth:// URI to show as a QR code)")
            .WithStandardProblems();
        group.MapPost("/me/two-factor/confirm", async (ConfirmTwoFactorCommand command, IMediator mediator, HttpContext context, CancellationToken cancellationToken) =>
            {
                AuthEndpoints.SetNoStore(context);
                return TypedResults.Ok(await mediator.Send(command, cancellationToken));
            })
            .WithTags("Auth")
            .WithName("ConfirmTwoFactor")
            .WithSummary("Finish enrolling with a code from the authenticator: two-factor is on; ten recovery codes (shown once); refresh the tokens to drop a pending enrolment")
            .RequireRateLimiting(AuthEndpoints.RateLimitPolicy)
            .WithBodyLimit(BodyLimits.Auth)
            .WithStandardProblems();
        group.MapPost("/me/two-factor/disable", async (DisableTwoFactorCommand command, IMediator mediator, CancellationToken cancellationToken) =>
            {
                await mediator.Send(command, cancellationToken);
                return TypedResults.NoContent();
            })
            .WithTags("Auth")
            .WithName("DisableTwoFactor")
            .WithSummary("Turn two-factor sign-in off with the password and a code (not where the role requires it)")
            .RequireRateLimiting(AuthEndpoints.RateLimitPolicy)
            .WithBodyLimit(BodyLimits.Auth)
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }
}

/// <summary>Body of PUT /api/v1/programmes/{code}/sharing.</summary>
internal sealed record SharingBody(string? JointOffice);
