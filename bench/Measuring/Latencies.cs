using System.Diagnostics;

namespace Leerwerk.Bench.Measuring;

/// <summary>Collects the wall-clock and CPU durations of many calls and reports their percentiles (nearest rank).</summary>
internal sealed class Latencies
{
    private readonly List<double> _wall = [];
    private readonly List<double> _cpu = [];

    /// <summary>Times one call; the result is kept alive so the JIT cannot drop the work.</summary>
    public T Time<T>(Func<T> call)
    {
        var cpu = ThreadCpuClock.NowMilliseconds();
        var start = Stopwatch.GetTimestamp();
        var result = call();
        _wall.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        _cpu.Add(ThreadCpuClock.NowMilliseconds() - cpu);
        return result;
    }

    public LatencySummary Summarize()
    {
        var wall = _wall.Order().ToArray();
        var cpu = _cpu.Order().ToArray();
        return new LatencySummary(wall.Length, At(wall, 0.50), At(wall, 0.95), At(wall, 0.99), wall.Length == 0 ? 0 : wall[^1],
            ThreadCpuClock.Available ? At(cpu, 0.99) : null);
    }

    private static double At(double[] sorted, double share) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
