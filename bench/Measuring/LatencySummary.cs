using System.Globalization;

namespace Leerwerk.Bench.Measuring;

/// <summary>
/// Wall-clock percentiles of a set of call durations, in milliseconds; the goals are judged on these.
/// <see cref="CpuP99"/> is the 99th percentile of the thread's CPU time, when the platform tells it.
/// </summary>
internal sealed record LatencySummary(int Calls, double P50, double P95, double P99, double Max, double? CpuP99)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.00} · p95 {P95:0.00} · p99 {P99:0.00} · max {Max:0.00} ms") +
        (CpuP99 is { } cpu ? string.Create(CultureInfo.InvariantCulture, $" (CPU p99 {cpu:0.00} ms)") : "") +
        string.Create(CultureInfo.InvariantCulture, $", {Calls} calls");
}
