namespace CrossRegion.Domain.Tasks;

public enum PartyRole
{
    /// <summary>牵头: leads the task.</summary>
    Lead = 1,

    /// <summary>责任: responsible for its share.</summary>
    Responsible = 2,

    /// <summary>配合: cooperates.</summary>
    Cooperating = 3,

    /// <summary>Takes part without a formally responsible unit (e.g. Yunyang in many 万达开云 tasks).</summary>
    Participant = 4,

    /// <summary>承办: hosts (e.g. a festival).</summary>
    Host = 5,

    /// <summary>Follows the task without a share of the work.</summary>
    Observer = 6,
}
