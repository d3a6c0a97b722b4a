namespace CrossRegion.Application.Discussion.Common;

public enum MessageKind
{
    /// <summary>A comment on a task: every party and the joint office read it.</summary>
    Comment = 1,

    /// <summary>A party-internal note: only users of the author's own jurisdiction read it.</summary>
    Note = 2,
}
