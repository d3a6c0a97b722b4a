namespace CrossRegion.Application.Common.Interfaces;

public enum CallerKind
{
    Anonymous = 0,
    User = 1,
    Client = 2,
    System = 3,
}
