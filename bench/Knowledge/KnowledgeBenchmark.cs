using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Leerwerk.Bench.Measuring;
using Leerwerk.Bench.Reporting;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;

namespace Leerwerk.Bench.Knowledge;

/// <summary>
/// `knowledge`: start-up indexing, search latency over the lessons and over a large synthetic index, and
/// memory, each against its goal (docs/PERFORMANCE.md). Exit code 1 when a goal is missed.
/// </summary>
internal static class KnowledgeBenchmark
{
    private const double StartupGoalMs = 500;
    private const double LessonSearchGoalMs = 5;
    private const double LargeSearchGoalMs = 50;

    public static BenchReport Measure(IReadOnlyList<string> args)
    {
        var settings = BenchSettings.From(args);
        var clock = Stopwatch.StartNew();
        void Progress(string step) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,5:0.0} s] {step}"));

        var directory = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var questions = QuestionFiles.Read(Path.Combine(directory, "eval", QuestionFiles.MergedFileName));

        Progress("loading the lessons");
        var loaded = LoadTimes.Measure(directory, settings.WarmLoads);
        using var knowledge = loaded.Knowledge;

        Progress($"searching {questions.Count} questions × {settings.LessonRounds} rounds");
        var (search, answer) = SearchRounds.Run(knowledge, questions, settings.WarmUpRounds, settings.LessonRounds);

        Progress($"building the large index ({settings.Passages} passages)");
        var large = LargeIndex.Run(knowledge, questions, settings, Progress);

        var rows = Rows(knowledge.Lessons.Count, loaded.ColdMs, loaded.WarmMedianMs, knowledge.IndexBuildTime.TotalMilliseconds, search, answer, large);
        return new BenchReport(settings.Quick ? "knowledge-quick" : "knowledge", rows, Notes(settings, questions.Count, clock.Elapsed));
    }

    private static List<ResultRow> Rows(int lessons, double coldMs, double warmMs, double indexMs, LatencySummary search, LatencySummary answer, LargeIndexResult large)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{large.Passages:N0} passages + {lessons} lessons");
        return
        [
            ResultRow.Milliseconds($"index build at start-up, cold (first Load, {lessons} lessons)", Ms(coldMs), coldMs, StartupGoalMs),
            ResultRow.Milliseconds("index build at start-up, warm (median of further Loads)", Ms(warmMs), warmMs, StartupGoalMs),
            ResultRow.Info("of the cold Load: indexing (IndexBuildTime), the rest reading the lesson files", Ms(indexMs)),
            ResultRow.Milliseconds("Search over the lessons", search.ToString(), search.P99, LessonSearchGoalMs),
            ResultRow.Milliseconds("Answer over the lessons", answer.ToString(), answer.P99, LessonSearchGoalMs),
            ResultRow.Info($"AddPassages, {size}", Ms(large.IndexMs)),
            ResultRow.Info("one more import of 100 passages on that index", Ms(large.OneImportMs)),
            ResultRow.Milliseconds($"Search over {size}", large.Search.ToString(), large.Search.P99, LargeSearchGoalMs, inclusive: true),
            ResultRow.Milliseconds($"Answer over {size}", large.Answer.ToString(), large.Answer.P99, LargeSearchGoalMs, inclusive: true),
            ResultRow.Info("managed heap after full GC, lessons only → with passages", $"{Memory.Megabytes(large.Before.ManagedBytes)} → {Memory.Megabytes(large.After.ManagedBytes)}"),
            ResultRow.Info("working set, lessons only → with passages", $"{Memory.Megabytes(large.Before.WorkingSetBytes)} → {Memory.Megabytes(large.After.WorkingSetBytes)}"),
        ];
    }

    private static List<string> Notes(BenchSettings settings, int questions, TimeSpan elapsed)
    {
        var optimized = typeof(KnowledgeBase).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled != true;
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{questions} questions of knowledge/eval/questions.yaml; lessons: {settings.WarmUpRounds} warm-up + {settings.LessonRounds} timed rounds, large index: 1 warm-up + {settings.LargeRounds} timed rounds."),
            string.Create(CultureInfo.InvariantCulture, $"Synthetic passages: seed {settings.Seed}, word pairs of the lessons, 3–6 sentences of 8–18 words, sections of the lessons."),
            $"Load average at the end (1, 5, 15 min): {MachineInfo.ReadLoadAverage()}; a load above the number of cores means the benchmark waited for a core, which shows in wall-clock tails but not in CPU time.",
            string.Create(CultureInfo.InvariantCulture, $"Whole run: {elapsed.TotalSeconds:0} s; build: {(optimized ? "optimized (Release)" : "NOT optimized (Debug): numbers are not comparable")}."),
        };
        if (settings.Quick)
            notes.Add("--quick: a smoke run with less work; do not compare these numbers.");
        return notes;
    }

    private static string Ms(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.0} ms");
}
