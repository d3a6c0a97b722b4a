namespace CrossRegion.Application.Notifications.Channels;

/// <summary>An email to one person: a plain-text body and the same in HTML (multipart/alternative).</summary>
public sealed record EmailMessage(string To, string ToName, string Subject, string Text, string Html);

/// <summary>Sends email (SMTP in production, a real SMTP server in tests); throws when the server refuses or cannot be reached.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
