using System.Diagnostics;

namespace Leerwerk.Bench.Measuring;

/// <summary>Collects the durations of many calls and reports their percentiles (nearest rank).</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    /// <summary>Times one call; the result is kept alive so the JIT cannot drop the work.</summary>
    public T Time<T>(Func<T> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = call();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public LatencySummary Summarize()
    {
        var sorted = _milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, At(sorted, 0.50), At(sorted, 0.95), At(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double At(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
