using System.Diagnostics;
using System.Reflection;
using Leerwerk.Knowledge;
using Leerwerk.Knowledge.Evaluation;
using Leerwerk.Knowledge.Search;
using Lucene.Net.Search;
namespace Leerwerk.Bench;
internal static class Diag
{
    public static void Run()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "knowledge");
        using var kb = KnowledgeBase.Load(dir);
        var idx = (KnowledgeIndex)typeof(KnowledgeBase).GetField("_index", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(kb)!;
        var mgr = (SearcherManager)typeof(KnowledgeIndex).GetField("_searchers", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(idx)!;
        var qs = QuestionFiles.Read(Path.Combine(dir, "eval", "questions.yaml"));
        var t = new double[6];
        for (var r = 0; r < 40; r++)
            foreach (var q in qs)
            {
                var s = Stopwatch.GetTimestamp();
                var groups = kb.Terms(q.Question);
                var a = Stopwatch.GetElapsedTime(s).TotalMilliseconds; s = Stopwatch.GetTimestamp();
                var query = QueryFactory.Text(groups);
                var b = Stopwatch.GetElapsedTime(s).TotalMilliseconds; s = Stopwatch.GetTimestamp();
                var searcher = mgr.Acquire();
                var w = TermWeights.For(searcher.IndexReader, groups);
                var c = Stopwatch.GetElapsedTime(s).TotalMilliseconds; s = Stopwatch.GetTimestamp();
                var top = query.Clauses.Count == 0 ? null : searcher.Search(query, null, 30);
                var d = Stopwatch.GetElapsedTime(s).TotalMilliseconds; s = Stopwatch.GetTimestamp();
                foreach (var sd in top?.ScoreDocs ?? []) searcher.Doc(sd.Doc).Get(Fields.Id);
                var e = Stopwatch.GetElapsedTime(s).TotalMilliseconds; s = Stopwatch.GetTimestamp();
                mgr.Release(searcher);
                kb.Search(q.Question);
                var f = Stopwatch.GetElapsedTime(s).TotalMilliseconds;
                if (r >= 10) { t[0] += a; t[1] += b; t[2] += c; t[3] += d; t[4] += e; t[5] += f; }
            }
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var q in qs) kb.Search(q.Question);
        Console.WriteLine($"alloc per Search {(GC.GetAllocatedBytesForCurrentThread() - before) / qs.Count / 1024.0:0} KB");
        before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var q in qs) kb.Terms(q.Question);
        Console.WriteLine($"alloc per Terms {(GC.GetAllocatedBytesForCurrentThread() - before) / qs.Count / 1024.0:0} KB");
        var sr = mgr.Acquire();
        before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var q in qs) TermWeights.For(sr.IndexReader, kb.Terms(q.Question));
        Console.WriteLine($"alloc per Terms+Weights {(GC.GetAllocatedBytesForCurrentThread() - before) / qs.Count / 1024.0:0} KB; leaves {sr.IndexReader.Leaves.Count}");
        mgr.Release(sr);
        var n = 30.0 * qs.Count;
        Console.WriteLine($"per call ms: terms {t[0]/n:0.000} query {t[1]/n:0.000} weights {t[2]/n:0.000} lucene {t[3]/n:0.000} docs {t[4]/n:0.000} | whole Search {t[5]/n:0.000}");
    }
}
