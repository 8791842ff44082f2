using System.Diagnostics;
using Leerwerk.Bench.Measuring;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;

namespace Leerwerk.Bench.Knowledge;

/// <summary>What a grown index costs: the lessons plus many imported passages.</summary>
internal static class LargeIndex
{
    // One imported report is about this many passages; it shows what an import costs once the index is large.
    private const int ImportSize = 100;

    public static LargeIndexResult Run(KnowledgeBase knowledge, IReadOnlyList<EvalQuestion> questions, BenchSettings settings, Action<string> progress)
    {
        var before = Memory.Read();
        var generator = new SyntheticPassages(knowledge.Lessons, settings.Seed);
        // Generated first, so only indexing is timed.
        var passages = generator.Create(first: 0, settings.Passages).ToList();
        progress($"{passages.Count} passages generated; indexing");

        var start = Stopwatch.GetTimestamp();
        knowledge.AddPassages(passages);
        var indexMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        // The generated texts belong to the importer, not the index: let them go before measuring memory.
        passages = null;
        var after = Memory.Read();
        progress($"indexed in {indexMs:0} ms; one more import of {ImportSize}");

        var import = generator.Create(first: settings.Passages, ImportSize).ToList();
        start = Stopwatch.GetTimestamp();
        knowledge.AddPassages(import);
        var importMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        progress("searching the large index");
        var (search, answer) = SearchRounds.Run(knowledge, questions, warmUpRounds: 1, settings.LargeRounds);
        return new LargeIndexResult(settings.Passages, indexMs, importMs, search, answer, before, after);
    }
}
