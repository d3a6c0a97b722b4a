namespace CrossRegion.Domain.Organisations;

/// <summary>What sort of body an organisation above or beside the four cities is.</summary>
public enum OrganisationKind
{
    /// <summary>A national ministry or commission (国家发展改革委, 交通运输部 …).</summary>
    NationalBody = 1,

    /// <summary>A body of Chongqing or Sichuan at provincial level (重庆市发展改革委, 四川省交通运输厅 …).</summary>
    ProvincialBody = 2,

    /// <summary>A state-owned enterprise (国铁集团, 中石油 …).</summary>
    StateOwnedEnterprise = 3,

    Other = 4,
}
