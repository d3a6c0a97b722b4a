using System.Globalization;
using CrossRegion.FunctionalTests.Infrastructure;
using Npgsql;

namespace CrossRegion.FunctionalTests.Hardening;

/// <summary>A burst of requests uses at most the node's default pool, leaving PostgreSQL room for everyone else.</summary>
[Collection(ApiCollection.Name)]
public sealed class ConnectionPoolTests(ApiFactory factory)
{
    [PostgresFact]
    public async Task Burst_Should_OpenNoMoreConnectionsThanTheDefaultPool()
    {
        var client = await factory.ClientForAsync("dz.transport");
        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(sampling.Token);

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => client.GetAsync("/api/v1/tasks/WDK-2023-05")));
        await sampling.CancelAsync();

        Assert.All(answers, a => Assert.Equal(System.Net.HttpStatusCode.OK, a.StatusCode));
        Assert.InRange(await peak, 1, CrossRegion.Infrastructure.DependencyInjection.DefaultMaxPoolSize);
    }

    // The most connections the host held to its database at once, sampled from a connection of the test's own.
    private async Task<long> SamplePeakAsync(CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString + ";Pooling=false;Application Name=pool-probe");
        await connection.OpenAsync(CancellationToken.None);
        long peak = 0;
        while (!stop.IsCancellationRequested)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name <> 'pool-probe'", connection);
            peak = Math.Max(peak, Convert.ToInt64(await command.ExecuteScalarAsync(CancellationToken.None), CultureInfo.InvariantCulture));
            await Task.Delay(5, CancellationToken.None);
        }

        return peak;
    }
}
