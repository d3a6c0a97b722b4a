using CrossRegion.Domain.Common;

namespace CrossRegion.Domain.Identity;

/// <summary>
/// A person's dated assignment to a joint office (staff seconded from a city, 干部互派互挂, keep their home city). While
/// it runs (Asia/Shanghai dates, both ends included) the person sees, defines and decides that office's tasks.
/// </summary>
public sealed class JointOfficeAssignment
{
    private JointOfficeAssignment()
    {
        OfficeCode = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string OfficeCode { get; private set; }
    public DateOnly StartsOn { get; private set; }

    /// <summary>The last day of the assignment; null while open-ended.</summary>
    public DateOnly? EndsOn { get; private set; }

    public static JointOfficeAssignment Create(Guid userId, string officeCode, DateOnly startsOn, DateOnly? endsOn)
    {
        EnsureOrdered(startsOn, endsOn);
        return new JointOfficeAssignment
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            OfficeCode = Guard.Text(officeCode, "office", 16),
            StartsOn = startsOn,
            EndsOn = endsOn,
        };
    }

    public bool IsCurrentOn(DateOnly day) => StartsOn <= day && (EndsOn is null || day <= EndsOn);

    /// <summary>Ends the assignment after <paramref name="lastDay"/> (not before it started).</summary>
    public void EndAfter(DateOnly lastDay)
    {
        EnsureOrdered(StartsOn, lastDay);
        EndsOn = lastDay;
    }

    private static void EnsureOrdered(DateOnly startsOn, DateOnly? endsOn)
    {
        if (endsOn < startsOn)
        {
            throw new DomainRuleException("assignment.dates", "任职结束日期不能早于开始日期。", "An assignment cannot end before it starts.");
        }
    }
}
