using System.Globalization;

namespace CrossRegion.Infrastructure.Jobs;

/// <summary>
/// Exponential backoff for a failed run: <see cref="Attempts"/> retries, the first after <see cref="FirstSeconds"/>,
/// each later one <see cref="Factor"/> times the one before, never more than <see cref="MaxSeconds"/>, each moved by
/// up to ±<see cref="Jitter"/> of itself so that nodes that failed together do not retry together.
/// </summary>
internal sealed record JobRetry(int Attempts, int FirstSeconds, double Factor, int MaxSeconds, double Jitter)
{
    /// <summary>The delay before retry number <paramref name="attempt"/> (1 for the first retry).</summary>
    public int DelaySeconds(long attempt)
    {
        var exact = Math.Min(FirstSeconds * Math.Pow(Factor, Math.Max(0, attempt - 1)), MaxSeconds);
        var moved = exact * (1 + (Jitter * ((2 * Random.Shared.NextDouble()) - 1)));
        return (int)Math.Round(Math.Max(1, moved));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"exponential: {Attempts} retries from {FirstSeconds} s, ×{Factor}, at most {MaxSeconds} s, ±{Jitter * 100} % jitter");
}
