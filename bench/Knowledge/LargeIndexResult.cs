using Leerwerk.Bench.Measuring;

namespace Leerwerk.Bench.Knowledge;

/// <summary>The large-index measurements; <see cref="OneImportMs"/> is one more import of 100 passages on top.</summary>
internal sealed record LargeIndexResult(
    int Passages,
    double IndexMs,
    double OneImportMs,
    LatencySummary Search,
    LatencySummary Answer,
    Memory Before,
    Memory After);
