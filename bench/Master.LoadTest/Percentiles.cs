using System.Diagnostics;

namespace Master.LoadTest;

/// <summary>Nearest-rank percentiles of latencies in milliseconds.</summary>
internal sealed class Percentiles
{
    private readonly double[] _sorted;

    public Percentiles(IEnumerable<double> milliseconds)
    {
        _sorted = [.. milliseconds];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public double P50 => At(0.50);

    public double P90 => At(0.90);

    public double P99 => At(0.99);

    public double Max => _sorted.Length == 0 ? double.NaN : _sorted[^1];

    public double At(double fraction) =>
        _sorted.Length == 0 ? double.NaN : _sorted[Math.Max(0, (int)Math.Ceiling(fraction * _sorted.Length) - 1)];

    /// <summary>Milliseconds between two <see cref="Stopwatch.GetTimestamp"/> readings.</summary>
    public static double Milliseconds(long from, long to) => (to - from) * 1000.0 / Stopwatch.Frequency;
}
