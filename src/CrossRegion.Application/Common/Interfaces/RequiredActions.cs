namespace CrossRegion.Application.Common.Interfaces;

/// <summary>Steps a signed-in person must take before using the product, as carried in their token.</summary>
public static class RequiredActions
{
    public const string ChangePassword = "change_password";
    public const string EnrolTwoFactor = "enrol_two_factor";
}
