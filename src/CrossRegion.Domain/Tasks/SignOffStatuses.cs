namespace CrossRegion.Domain.Tasks;

public static class SignOffStatuses
{
    /// <summary>
    /// The sign-offs that settle an owner's part of a milestone (confirmed, or waived by the joint office): the milestone
    /// is done once every owner has one, and the chase and the bulletin judge each party by it.
    /// </summary>
    public static readonly IReadOnlyList<SignOffStatus> SettlingPart = [SignOffStatus.Confirmed, SignOffStatus.Waived];

    public static bool SettlesPart(this SignOffStatus status) => status is SignOffStatus.Confirmed or SignOffStatus.Waived;
}
