namespace CrossRegion.Application.Common.Security;

/// <summary>
/// Marks the requests a person may still send while a step is pending (<see cref="Interfaces.ICurrentUser.RequiredAction"/>):
/// who they are, changing the password, enrolling two-factor.
/// </summary>
public interface IAllowedWhileActionRequired;
