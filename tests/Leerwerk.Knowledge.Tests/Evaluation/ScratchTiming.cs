using System.Diagnostics;
using Leerwerk.Knowledge.Evaluation;
using Xunit.Abstractions;

namespace Leerwerk.Knowledge.Tests.Evaluation;

public sealed class ScratchTiming(ITestOutputHelper output)
{
    [Fact]
    public void Time()
    {
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < 4; i++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            using var kb = KnowledgeBase.Load(KnowledgeFolder.Path);
            process.Refresh();
            output.WriteLine($"build {kb.IndexBuildTime.TotalMilliseconds:0} ms wall, load cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms, wall {sw.ElapsedMilliseconds}");
            if (i < 3)
                continue;
            var all = QuestionFiles.Read(Path.Combine(KnowledgeFolder.Path, "eval", "questions.yaml"));
            process.Refresh();
            cpu = process.TotalProcessorTime;
            var n = 0;
            for (var r = 0; r < 5; r++)
                foreach (var q in all)
                {
                    kb.Answer(q.Question);
                    n++;
                }
            process.Refresh();
            output.WriteLine($"Answer mean cpu {(process.TotalProcessorTime - cpu).TotalMilliseconds / n:0.00} ms");
        }
    }
}
