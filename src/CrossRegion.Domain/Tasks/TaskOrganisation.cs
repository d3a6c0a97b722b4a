namespace CrossRegion.Domain.Tasks;

/// <summary>An organisation a task names, and how (a task may name the same organisation in two relations).</summary>
public sealed class TaskOrganisation
{
    internal TaskOrganisation(Guid taskId, string organisationCode, OrganisationRelation relation)
    {
        TaskId = taskId;
        OrganisationCode = organisationCode;
        Relation = relation;
    }

    public Guid TaskId { get; private set; }
    public string OrganisationCode { get; private set; }
    public OrganisationRelation Relation { get; private set; }
}
