using System.Diagnostics;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;
namespace Leerwerk.Bench;
internal static class Diag
{
    public static void Run()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "knowledge");
        using var kb = KnowledgeBase.Load(dir);
        var qs = QuestionFiles.Read(Path.Combine(dir, "eval", "questions.yaml"));
        var times = qs.ToDictionary(q => q.Question, _ => new List<double>());
        for (var r = 0; r < 25; r++)
            foreach (var q in qs)
            {
                var s = Stopwatch.GetTimestamp();
                kb.Search(q.Question);
                if (r >= 5) times[q.Question].Add(Stopwatch.GetElapsedTime(s).TotalMilliseconds);
            }
        foreach (var (q, t) in times.OrderByDescending(kv => kv.Value.Order().ElementAt(10)).Take(12))
            Console.WriteLine($"{t.Order().ElementAt(10):0.00} min {t.Min():0.00} {q} | {string.Join(" ", kb.Terms(q).Select(g => g.Original + ":" + g.Alternatives.Count))}");
        var all = times.Values.Select(t => t.Order().ElementAt(10)).Order().ToList();
        Console.WriteLine($"median-of-medians {all[all.Count / 2]:0.00} max {all[^1]:0.00}");
    }
}
