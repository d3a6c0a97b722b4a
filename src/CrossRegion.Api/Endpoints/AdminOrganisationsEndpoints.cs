using CrossRegion.Api.OpenApi;
using CrossRegion.Application.Organisations.CreateOrganisation;
using MediatR;

namespace CrossRegion.Api.Endpoints;

/// <summary>The catalogue of organisations above and beside the cities, administered by system and joint-office administrators.</summary>
internal sealed class AdminOrganisationsEndpoints : IEndpointGroup
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/admin/organisations", async (OrganisationBody body, IMediator mediator, CancellationToken ct) =>
            {
                var created = await mediator.Send(new CreateOrganisationCommand(body.Code, body.NameZh, body.NameEn, body.Kind), ct);
                return TypedResults.Created($"/api/v1/organisations#{created.Code}", created);
            })
            .RequireAuthorization()
            .WithTags("Administration")
            .WithName("AdminCreateOrganisation")
            .WithSummary("Add an organisation (code, name_zh, name_en, kind: national_body, provincial_body, state_owned_enterprise, other)")
            .WithStandardProblems()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

[CommandRules(typeof(CreateOrganisationCommand))]
internal sealed record OrganisationBody(string? Code, string? NameZh, string? NameEn, string? Kind);
