namespace CrossRegion.Domain.Chasing;

/// <summary>A user has opened or signed for a notice: it no longer counts as unread in that user's inbox.</summary>
public sealed class NoticeRead
{
    private NoticeRead()
    {
    }

    public NoticeRead(long noticeId, Guid userId, DateTimeOffset at)
    {
        NoticeId = noticeId;
        UserId = userId;
        ReadAt = at;
    }

    public long NoticeId { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset ReadAt { get; private set; }
}
