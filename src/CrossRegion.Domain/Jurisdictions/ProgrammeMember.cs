namespace CrossRegion.Domain.Jurisdictions;

public sealed class ProgrammeMember
{
    internal ProgrammeMember(string programmeCode, string jurisdictionCode)
    {
        ProgrammeCode = programmeCode;
        JurisdictionCode = jurisdictionCode;
    }

    public string ProgrammeCode { get; private set; }
    public string JurisdictionCode { get; private set; }
}
