namespace CrossRegion.Domain.Jurisdictions;

/// <summary>A programme whose tasks a joint office runs.</summary>
public sealed class JointOfficeProgramme
{
    internal JointOfficeProgramme(string officeCode, string programmeCode)
    {
        OfficeCode = officeCode;
        ProgrammeCode = programmeCode;
    }

    public string OfficeCode { get; private set; }
    public string ProgrammeCode { get; private set; }
}
