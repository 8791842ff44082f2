using System.Diagnostics;
using System.Globalization;
using Leerwerk.Bench.Knowledge;
using Leerwerk.Bench.Measuring;
using Leerwerk.Bench.Reporting;
using Leerwerk.Bench.Startup;
using Leerwerk.Bench.Turns;

namespace Leerwerk.Bench;

/// <summary>
/// `dotnet run -c Release --project bench -- all|load|startup|knowledge [--quick]`. `load` and `startup`
/// start the bot (built with this project) as a process of its own; `all` runs them and `knowledge`, and
/// writes one table with every goal.
/// </summary>
internal static class BenchCommands
{
    private const int StartupRuns = 5;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        if (args.Count == 0 || args[0] is not ("all" or "load" or "startup" or "knowledge"))
        {
            await Console.Error.WriteLineAsync("usage: dotnet run -c Release --project bench -- all|load|startup|knowledge [--quick]");
            return 2;
        }

        var rest = args.Skip(1).ToList();
        var machine = MachineInfo.Read();
        var clock = Stopwatch.StartNew();
        void Progress(string step) => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed.TotalSeconds,5:0.0} s] {step}"));
        var quick = rest.Contains("--quick");
        var report = args[0] switch
        {
            "knowledge" => KnowledgeBenchmark.Measure(rest),
            "startup" => await StartupBenchmark.MeasureAsync(quick ? 2 : StartupRuns, Progress),
            "load" => await TurnsBenchmark.MeasureAsync(TurnsSettings.From(rest), Progress),
            _ => BenchReport.Combine(quick ? "all-quick" : "all",
            [
                await StartupBenchmark.MeasureAsync(quick ? 2 : StartupRuns, Progress),
                await TurnsBenchmark.MeasureAsync(TurnsSettings.From(rest), Progress),
                KnowledgeBenchmark.Measure(rest),
            ]),
        };
        if (args[0] == "all") report = report with { Notes = [.. report.Notes, string.Create(CultureInfo.InvariantCulture, $"Whole run: {clock.Elapsed.TotalSeconds:0} s.")] };
        return ReportOutput.Publish(report, machine, output);
    }
}
