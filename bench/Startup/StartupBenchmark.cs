using System.Globalization;
using Leerwerk.Bench.Hosting;
using Leerwerk.Bench.Load.Running;
using Leerwerk.Bench.Reporting;

namespace Leerwerk.Bench.Startup;

/// <summary>
/// `startup`: from `dotnet Leerwerk.Bot.dll` starting to the first answered message, over HTTP. The first
/// run starts on a new database (migrations, new keys); the others restart on it, as after a deploy.
/// </summary>
internal static class StartupBenchmark
{
    private const double GoalMs = 2000;

    public static async Task<BenchReport> MeasureAsync(int runs, Action<string> progress)
    {
        using var data = new DataDirectory();
        using var http = LoadDriver.CreateClient(TimeSpan.FromSeconds(10));
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            progress($"start-up {run} of {runs}");
            using var bot = BotProcess.Start(data.Path);
            times.Add((await bot.WaitForFirstAnswerAsync(http, TimeSpan.FromSeconds(60))).TotalMilliseconds);
        }

        var restarts = times.Skip(1).Order().ToList();
        var median = restarts.Count == 0 ? times[0] : restarts[(restarts.Count - 1) / 2];
        var all = string.Join(", ", times.Select(t => t.ToString("0", CultureInfo.InvariantCulture)));
        return new BenchReport("startup",
        [
            ResultRow.Milliseconds($"start-up to first answer, restart (median of {restarts.Count})", Ms(median), median, GoalMs, inclusive: true),
            ResultRow.Milliseconds("start-up to first answer, slowest run", Ms(times.Max()), times.Max(), GoalMs, inclusive: true),
            ResultRow.Info("start-up to first answer, first run on a new database", Ms(times[0])),
        ],
        [
            $"Process start (`dotnet Leerwerk.Bot.dll`, Release build, Development environment) until a POST of \"hallo\" to /api/messages is answered; {runs} runs, in ms: {all}.",
        ]);
    }

    private static string Ms(double milliseconds) => string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0} ms");
}
