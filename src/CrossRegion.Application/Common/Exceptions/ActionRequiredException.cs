namespace CrossRegion.Application.Common.Exceptions;

/// <summary>A person with a pending step (change the password, enrol two-factor) asked for anything else: 403 naming the step.</summary>
public sealed class ActionRequiredException(string action, string message) : Exception(message)
{
    public string Action { get; } = action;
}
