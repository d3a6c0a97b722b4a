namespace CrossRegion.Api.Endpoints;

/// <summary>A resource's endpoints; every implementation is mapped at start-up.</summary>
internal interface IEndpointGroup
{
    void Map(IEndpointRouteBuilder app);
}
