using CrossRegion.Domain.Identity;

namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Declares who may send a request. Checked by the authorization behaviour for every caller (HTTP, jobs, imports).
/// A request without this attribute is open (e.g. login).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    /// <summary>Any of these roles suffices for a person; <see cref="UserRoles.None"/> means any authenticated person.</summary>
    public UserRoles Roles { get; init; }

    /// <summary>The scope a machine client must hold; null means machine clients may not send the request.</summary>
    public string? Scope { get; init; }
}
