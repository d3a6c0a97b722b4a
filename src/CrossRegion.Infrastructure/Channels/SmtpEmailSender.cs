using CrossRegion.Application.Notifications.Channels;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrossRegion.Infrastructure.Channels;

/// <summary>Where and how email is sent (section <c>Email</c>).</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary><c>starttls</c> (default), <c>tls</c> (implicit, usually port 465) or <c>none</c> (a relay on a trusted network).</summary>
    public string Security { get; set; } = "starttls";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@crossregion.local";
    public string FromName { get; set; } = "川渝万达开统筹发展协同平台";
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Email over SMTP with MailKit: one connection per message, the server's refusal or absence thrown to the caller (who retries).</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new InvalidOperationException("Email:Host is not configured.");
        }

        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.FromName, settings.From));
        mime.To.Add(new MailboxAddress(message.ToName, message.To));
        mime.Subject = message.Subject;
        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        var security = settings.Security switch
        {
            "tls" => SecureSocketOptions.SslOnConnect,
            "none" => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
