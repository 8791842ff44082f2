using System.Diagnostics;
using Leerwerk.Knowledge;

namespace Leerwerk.Bench.Knowledge;

/// <summary>
/// How long <see cref="KnowledgeBase.Load"/> takes: reading and checking the lesson files, then indexing them.
/// Cold is what the bot pays once at start-up (JIT included); warm is the work itself.
/// </summary>
internal static class LoadTimes
{
    public static (KnowledgeBase Knowledge, double ColdMs, double WarmMedianMs) Measure(string directory, int warmLoads)
    {
        var start = Stopwatch.GetTimestamp();
        var knowledge = KnowledgeBase.Load(directory);
        var cold = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        var warm = new List<double>(warmLoads);
        for (var i = 0; i < warmLoads; i++)
        {
            start = Stopwatch.GetTimestamp();
            using var again = KnowledgeBase.Load(directory);
            warm.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        warm.Sort();
        var median = warm.Count == 0 ? 0 : warm.Count % 2 == 1 ? warm[warm.Count / 2] : (warm[(warm.Count / 2) - 1] + warm[warm.Count / 2]) / 2;
        return (knowledge, cold, median);
    }
}
