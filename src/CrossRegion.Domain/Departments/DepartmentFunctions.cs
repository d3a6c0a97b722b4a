namespace CrossRegion.Domain.Departments;

/// <summary>
/// Cross-city function taxonomy: the same function has different department names in each city
/// (万州区交通局 vs 达州市交通运输局), so a joint task is routed by function code.
/// </summary>
public static class DepartmentFunctions
{
    public const string Transport = "transport";
    public const string Water = "water";
    public const string Planning = "planning";
    public const string EconomyIt = "economy_it";
    public const string Data = "data";
    public const string CultureTourism = "culture_tourism";
    public const string Education = "education";
    public const string GovernmentServices = "government_services";
    public const string Logistics = "logistics";
    public const string Forestry = "forestry";
    public const string Science = "science";
    public const string Agriculture = "agriculture";
    public const string Health = "health";
    public const string MarketRegulation = "market_regulation";
    public const string DevelopmentReform = "development_reform";
    public const string EcologyEnvironment = "ecology_environment";
    public const string HumanResources = "human_resources";
    public const string Organization = "organization";
    public const string StateAssets = "state_assets";
    public const string DevelopmentZone = "development_zone";
    public const string Tax = "tax";
    public const string MedicalSecurity = "medical_security";
    public const string Commerce = "commerce";
    public const string IndustryCommerceFederation = "industry_commerce_federation";
    public const string HousingConstruction = "housing_construction";
    public const string UrbanManagement = "urban_management";
    public const string InvestmentPromotion = "investment_promotion";
    public const string Finance = "finance";
    public const string Fiscal = "fiscal";
    public const string CentralBank = "central_bank";
    public const string RuralRevitalization = "rural_revitalization";
    public const string SupplyMarketing = "supply_marketing";
    public const string Petitions = "petitions";
    public const string Publicity = "publicity";
    public const string PoliticalLegal = "political_legal";
    public const string UnitedFront = "united_front";
    public const string Emergency = "emergency";
    public const string ForeignAffairs = "foreign_affairs";
    public const string CivilAffairs = "civil_affairs";
    public const string Statistics = "statistics";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All =
    [
        Transport, Water, Planning, EconomyIt, Data, CultureTourism, Education, GovernmentServices, Logistics,
        Forestry, Science, Agriculture, Health, MarketRegulation, DevelopmentReform, EcologyEnvironment,
        HumanResources, Organization, StateAssets, DevelopmentZone, Tax, MedicalSecurity, Commerce,
        IndustryCommerceFederation, HousingConstruction, UrbanManagement, InvestmentPromotion, Finance, Fiscal, CentralBank,
        RuralRevitalization, SupplyMarketing, Petitions, Publicity, PoliticalLegal, UnitedFront, Emergency, ForeignAffairs,
        CivilAffairs, Statistics, Other,
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
