using System.Globalization;

namespace Leerwerk.Bench.Measuring;

/// <summary>Percentiles of a set of call durations, in milliseconds.</summary>
internal sealed record LatencySummary(int Calls, double P50, double P95, double P99, double Max)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.00} · p95 {P95:0.00} · p99 {P99:0.00} · max {Max:0.00} ms ({Calls} calls)");
}
