using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Common.Paging;
using CrossRegion.Application.Users.AssignJointOffice;
using CrossRegion.Application.Users.Common;
using CrossRegion.Application.Users.CreateUser;
using CrossRegion.Application.Users.DisableUser;
using CrossRegion.Application.Users.EnableUser;
using CrossRegion.Application.Users.EndJointOfficeAssignment;
using CrossRegion.Application.Users.GetUser;
using CrossRegion.Application.Users.ListUsers;
using CrossRegion.Application.Users.ResetUserPassword;
using CrossRegion.Application.Users.ResetUserTwoFactor;
using CrossRegion.Application.Users.UnlockUser;
using CrossRegion.Application.Users.UpdateUser;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossRegion.Api.Endpoints;

/// <summary>
/// People's accounts, administered: a city administrator its own city's people, a joint-office administrator the
/// joint office's staff and observers, a system administrator everyone. Every change is in the audit chain.
/// </summary>
internal sealed class AdminUsersEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/admin/users").WithTags("Administration").RequireAuthorization();
        group.MapGet("/", List)
            .WithName("AdminListUsers")
            .WithSummary("The people the caller administers, by user name; filters jurisdiction, department, role, active, q; cursor-paged")
            .WithStandardProblems();
        group.MapPost("/", Create)
            .WithName("AdminCreateUser")
            .WithSummary("Give a person an account: with initial_password (changed at first sign-in) or, without it, a one-time setup link's token (shown once)")
            .WithDescription(
                "409 user.duplicate for a taken user name; 400 naming the rule for a weak password; 422 for a unit of another city; " +
                "403 for a role the caller may not grant or a city it does not administer. Nothing is half-created.")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{username}", async (string username, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetUserQuery(username), ct)))
            .WithName("AdminGetUser")
            .WithSummary("One person's account")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{username}", Update)
            .WithName("AdminUpdateUser")
            .WithSummary("Change display name, department, roles, email or phone; absent fields are unchanged; a change of roles or unit ends the person's sessions")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{username}/disable", async (string username, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new DisableUserCommand(username), ct)))
            .WithName("AdminDisableUser")
            .WithSummary("Stop a person signing in; their tokens are refused within seconds")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{username}/enable", async (string username, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new EnableUserCommand(username), ct)))
            .WithName("AdminEnableUser")
            .WithSummary("Let a disabled person sign in again")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{username}/unlock", async (string username, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new UnlockUserCommand(username), ct);
                return TypedResults.NoContent();
            })
            .WithName("AdminUnlockUser")
            .WithSummary("Forget a person's failed sign-ins from every address (no wait before their next try)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{username}/reset-password", ResetPassword)
            .WithName("AdminResetPassword")
            .WithSummary("Reset a forgotten password: to new_password (changed at next sign-in) or, without it, a one-time setup link; ends the person's sessions")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{username}/reset-two-factor", async (string username, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResetUserTwoFactorCommand(username), ct)))
            .WithName("AdminResetTwoFactor")
            .WithSummary("Turn a person's two-factor off (lost authenticator); they enrol again where their role requires it")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{username}/joint-offices", async (string username, JointOfficeAssignmentBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AssignJointOfficeCommand(username, body.Office, body.StartsOn, body.EndsOn), ct)))
            .WithName("AdminAssignJointOffice")
            .WithSummary("Assign joint-office staff to an office (office WDK or WKY, starts_on default today, ends_on open when absent); they run its programmes' tasks")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{username}/joint-offices/{office}/end", async (string username, string office, IMediator mediator, CancellationToken ct, [Microsoft.AspNetCore.Mvc.FromQuery(Name = "last_day")] DateOnly? lastDay = null) =>
                TypedResults.Ok(await mediator.Send(new EndJointOfficeAssignmentCommand(username, office, lastDay), ct)))
            .WithName("AdminEndJointOfficeAssignment")
            .WithSummary("End a person's assignment to an office after last_day (default today); it stays listed; their sessions end")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<CursorPage<AdminUserDto>>> List(
        IMediator mediator,
        CancellationToken cancellationToken,
        string? jurisdiction = null,
        string? department = null,
        string? role = null,
        bool? active = null,
        string? q = null,
        int? limit = null,
        string? cursor = null) =>
        TypedResults.Ok(await mediator.Send(new ListUsersQuery(jurisdiction, department, role, active, q, limit, cursor), cancellationToken));

    private static async Task<Created<UserCredentialsDto>> Create(UserBody body, IMediator mediator, CancellationToken cancellationToken)
    {
        var created = await mediator.Send(
            new CreateUserCommand(body.Username, body.DisplayName, body.Jurisdiction, body.Department, body.Roles, body.Email, body.Phone, body.InitialPassword, body.Organisation),
            cancellationToken);
        return TypedResults.Created($"/api/v1/admin/users/{created.User.Username}", created);
    }

    private static async Task<Ok<AdminUserDto>> Update(string username, UserBody body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new UpdateUserCommand(username, body.DisplayName, body.Department, body.Roles, body.Email, body.Phone), cancellationToken));

    private static async Task<Ok<UserCredentialsDto>> ResetPassword(string username, PasswordResetBody? body, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ResetUserPasswordCommand(username, body?.NewPassword), cancellationToken));
}

[CommandRules(typeof(CreateUserCommand), typeof(UpdateUserCommand))]
internal sealed record UserBody(
    string? Username,
    string? DisplayName,
    string? Jurisdiction,
    string? Department,
    IReadOnlyList<string>? Roles,
    string? Email,
    string? Phone,
    string? InitialPassword,
    string? Organisation = null);

[CommandRules(typeof(ResetUserPasswordCommand))]
internal sealed record PasswordResetBody(string? NewPassword);

[CommandRules(typeof(AssignJointOfficeCommand))]
internal sealed record JointOfficeAssignmentBody(string? Office, DateOnly? StartsOn, DateOnly? EndsOn);
