using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Auth.Common;

/// <summary>A person who has just proved who they are, and the step they must take first (<see cref="Common.Interfaces.RequiredActions"/>), if any.</summary>
public sealed record SignedInPerson(UserAccount User, string? RequiredAction);
