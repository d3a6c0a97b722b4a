namespace CrossRegion.Domain.Chasing;

public enum NoticeKind
{
    /// <summary>提醒: before the due date; read, not signed for.</summary>
    Reminder = 1,

    /// <summary>催办单: a numbered formal notice after the due date; the recipient signs for it (签收).</summary>
    Notice = 2,
}
