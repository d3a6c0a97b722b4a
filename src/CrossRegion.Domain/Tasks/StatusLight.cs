namespace CrossRegion.Domain.Tasks;

/// <summary>The derived status shown on the ledger, from least to most urgent after done.</summary>
public enum StatusLight
{
    Done = 0,
    Green = 1,
    Yellow = 2,
    Red = 3,
}
