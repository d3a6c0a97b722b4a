namespace CrossRegion.Domain.Tasks;

/// <summary>How a task names an organisation above or beside the cities.</summary>
public enum OrganisationRelation
{
    /// <summary>The organisation leads the work (牵头单位).</summary>
    LeadUnit = 1,

    /// <summary>The cities ask it for support, inclusion or approval (争取 … 支持 / 纳入 / 批复).</summary>
    Addressee = 2,

    /// <summary>It takes part in the work beside the cities (e.g. a state-owned enterprise that builds).</summary>
    Party = 3,
}
