using CrossRegion.Domain.Chasing;

namespace CrossRegion.Application.Chasing.Common;

/// <summary>One set-based step of a chase: which obligations, which kind of notice, which rung.</summary>
public abstract record ChaseStep(NoticeSubject Subject, NoticeKind Kind, int Rung)
{
    public string Name => $"{Subject}.{Kind}.{Rung}" + this switch
    {
        FirstNoticeStep first => "." + first.Jurisdiction + (first.Period is null ? string.Empty : "." + first.Period),
        EscalationStep up => "." + up.Jurisdiction,
        ReminderStep { Period: { } period } => "." + period,
        _ => string.Empty,
    };
}
