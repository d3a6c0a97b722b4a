namespace CrossRegion.Application.Tasks.Common;

/// <summary>What a definition edit does to a part of a task (a party, a milestone, a target).</summary>
public enum EditAction
{
    Add = 1,
    Change = 2,
    Remove = 3,
}
