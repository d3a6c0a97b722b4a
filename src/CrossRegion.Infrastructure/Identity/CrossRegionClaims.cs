namespace CrossRegion.Infrastructure.Identity;

/// <summary>Claim types in our access tokens (short JWT names, not the long WS-* URIs).</summary>
public static class CrossRegionClaims
{
    public const string Name = "name";
    public const string Kind = "typ_caller";
    public const string Jurisdiction = "jur";
    public const string Department = "dept";
    public const string Role = "role";
    public const string Scope = "scope";
    public const string ClientId = "client_id";

    /// <summary>For joint-office staff: a programme whose tasks they run (one claim per programme; none: no office today).</summary>
    public const string Programme = "prg";

    /// <summary>For an organisation's observer: the organisation whose tasks they see.</summary>
    public const string Organisation = "org";

    /// <summary>A step the person must take before anything else (change_password, enrol_two_factor).</summary>
    public const string RequiredAction = "req_action";
}
