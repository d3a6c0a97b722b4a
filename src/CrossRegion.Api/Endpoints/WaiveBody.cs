using System.ComponentModel.DataAnnotations;

namespace CrossRegion.Api.Endpoints;

/// <summary>The joint office waives the sign-off of <see cref="Jurisdiction"/>'s part, for the recorded <see cref="Reason"/>.</summary>
public sealed record WaiveBody([Required] string? Jurisdiction, [Required] string? Reason);
