using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using CrossRegion.Application.Changes.Common;
using CrossRegion.Application.Common.Interfaces;
using CrossRegion.Application.Notifications.Channels;
using CrossRegion.Domain.Channels;
using CrossRegion.Domain.Chasing;
using CrossRegion.Domain.Identity;
using CrossRegion.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrossRegion.Benchmarks;

/// <summary>
/// The channels job (ADR 0029) after the chase's first pass (<c>--channels yes</c>): the notices' events are positioned,
/// then the dispatcher plans every notice's email and robot deliveries as the pump does, round after round, for a
/// realistic set of people — each city's coordinators, leaders, and officers and heads of its units, every one with an
/// email address — and a robot for each city and each transport unit (posting to a receiver in this process). People's
/// quiet hours hold their email past the benchmark's 09:00, so only the robots' messages are sent meanwhile.
/// </summary>
internal static class ChannelBenchmark
{
    public const int OfficersPerUnit = 8;

    public static async Task RunAsync(ServiceProvider services, StringBuilder report)
    {
        using var receiver = new RobotReceiver();
        var people = await SeedAsync(services, receiver.Url);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:channels");
            var sequencing = Stopwatch.StartNew();
            var positioned = 0;
            while (await scope.ServiceProvider.GetRequiredService<IOutboxSequencer>().SequenceAsync(CancellationToken.None) is > 0 and var count)
            {
                positioned += count;
            }

            Console.WriteLine($"channels: {positioned:N0} events positioned in {sequencing.Elapsed.TotalSeconds:F1} s");
            report.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"Channels (`--channels yes`): {people:N0} people with an email address in Wanzhou and Dazhou ({OfficersPerUnit} officers and a head per unit, coordinators, leaders), a robot per city and per transport unit; {positioned:N0} outbox events positioned first in {sequencing.Elapsed.TotalSeconds:F1} s.")
                .AppendLine().AppendLine("| rounds | deliveries planned | robot deliveries sent (messages) | seconds | notices planned per second | slowest round s |").AppendLine("|---|---|---|---|---|---|");
        }

        var total = Stopwatch.StartNew();
        var (rounds, planned, sent, slowest) = (0, 0L, 0L, TimeSpan.Zero);
        while (true)
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:channels");
            var round = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<IChannelDispatcher>().DispatchAsync(CancellationToken.None);
            slowest = round.Elapsed > slowest ? round.Elapsed : slowest;
            rounds++;
            planned += result.Planned;
            sent += result.Sent;
            if (result is { Planned: 0, Sent: 0 } || rounds > 10_000)
            {
                break;
            }
        }

        total.Stop();
        var notices = await ScalarAsync(services, db => db.ChannelDeliveries.Select(d => d.NoticeId).Distinct().LongCountAsync());
        var messages = await ScalarAsync(services, db => db.ChannelRobots.LongCountAsync(r => r.LastPostedAt != null));
        Console.WriteLine($"channels: {rounds} rounds, {planned:N0} deliveries planned for {notices:N0} notices, {sent:N0} robot deliveries sent in {messages} messages in {total.Elapsed.TotalSeconds:F1} s (slowest round {slowest.TotalSeconds:F1} s)");
        report.AppendLine(CultureInfo.InvariantCulture,
            $"| {rounds} | {planned:N0} for {notices:N0} notices | {sent:N0} ({messages}) | {total.Elapsed.TotalSeconds:F1} | {notices / total.Elapsed.TotalSeconds:F0} | {slowest.TotalSeconds:F1} |");
    }

    private static async Task<int> SeedAsync(ServiceProvider services, Uri robotUrl)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:benchmark");
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var people = 0;
        foreach (var city in new[] { "WZ", "DZ" })
        {
            var units = await db.Departments.Where(d => d.JurisdictionCode == city).OrderBy(d => d.Code).ToListAsync();
            var accounts = new List<UserAccount>();
            for (var i = 0; i < 5; i++)
            {
                accounts.Add(UserAccount.Create($"bench.{city}.coordinator{i}", $"{city} 协调人 {i}", UserRoles.CityCoordinator, city, null, now));
            }

            for (var i = 0; i < 2; i++)
            {
                accounts.Add(UserAccount.Create($"bench.{city}.leader{i}", $"{city} 领导 {i}", UserRoles.CityLeader, city, null, now));
            }

            foreach (var unit in units)
            {
                accounts.Add(UserAccount.Create($"bench.{unit.Code}.head", $"{unit.NameZh}负责人", UserRoles.DepartmentHead, city, unit, now));
                for (var i = 0; i < OfficersPerUnit; i++)
                {
                    accounts.Add(UserAccount.Create($"bench.{unit.Code}.officer{i}", $"{unit.NameZh}经办人 {i}", UserRoles.DepartmentOfficer, city, unit, now));
                }

                if (unit.FunctionCode == "transport")
                {
                    db.ChannelRobots.Add(ChannelRobot.Create(NotificationChannel.WeCom, $"{unit.NameZh}工作群", unit.Code, new Uri(robotUrl, $"we-com/{unit.Code}").ToString(), null, "benchmark", now));
                }
            }

            foreach (var account in accounts)
            {
                account.SetContact($"{account.UserName}@example.gov.cn", null);
                var preference = NotificationPreference.Default(account.Id);
                preference.Change(email: true, sms: false, reminders: false, LadderLevel.DepartmentOfficer, "zh-CN", new TimeOnly(8, 0), new TimeOnly(20, 0));
                db.UserAccounts.Add(account);
                db.NotificationPreferences.Add(preference);
            }

            db.ChannelRobots.Add(ChannelRobot.Create(NotificationChannel.DingTalk, $"{city} 督办群", city, new Uri(robotUrl, $"ding-talk/{city}").ToString(), null, "benchmark", now));
            people += accounts.Count;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        return people;
    }

    private static async Task<long> ScalarAsync(ServiceProvider services, Func<IAppDbContext, Task<long>> query)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorOverride>().Actor = new SystemCaller("system:benchmark");
        return await query(scope.ServiceProvider.GetRequiredService<IAppDbContext>());
    }

    /// <summary>A group robots' endpoint on loopback that answers as 钉钉 and 企业微信 do when a message is taken.</summary>
    private sealed class RobotReceiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly Task _serving;

        public RobotReceiver()
        {
            var port = FreePort();
            Url = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Url.ToString());
            _listener.Start();
            _serving = Task.Run(ServeAsync);
        }

        public Uri Url { get; }

        public void Dispose()
        {
            _listener.Close();
            try
            {
                _serving.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The listener closed under a pending accept.
            }
        }

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                await context.Request.InputStream.CopyToAsync(Stream.Null);
                var body = Encoding.UTF8.GetBytes("{\"errcode\":0,\"errmsg\":\"ok\"}");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private static int FreePort()
        {
            using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
