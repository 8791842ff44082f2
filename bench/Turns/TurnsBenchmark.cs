using System.Globalization;
using Leerwerk.Bench.Hosting;
using Leerwerk.Bench.Load.Running;
using Leerwerk.Bench.Load.Scripts;
using Leerwerk.Bench.Reporting;

namespace Leerwerk.Bench.Turns;

/// <summary>
/// `load`: the echo floor and the intake, each on a fresh bot process with 64 users in a closed loop,
/// then 1,000 intakes left in progress on another fresh bot and its memory read. Goals: docs/PERFORMANCE.md.
/// </summary>
internal static class TurnsBenchmark
{
    private const double RatioGoal = 1.5;
    private const double TurnsPerSecondGoal = 1000;
    private const double MemoryGoalMb = 200;

    public static async Task<BenchReport> MeasureAsync(TurnsSettings settings, Action<string> progress)
    {
        using var http = LoadDriver.CreateClient(TimeSpan.FromSeconds(60));
        progress($"echo floor: {settings.Users} users, {settings.EchoWarmUp.TotalSeconds:0} s warm-up, {settings.Measured.TotalSeconds:0} s measured");
        var (echo, _) = await ClosedLoopAsync(settings, http, echoBot: true);
        progress($"intake: {settings.Users} users, {settings.IntakeWarmUp.TotalSeconds:0} s warm-up, {settings.Measured.TotalSeconds:0} s measured");
        var (intake, intakeMemory) = await ClosedLoopAsync(settings, http, echoBot: false);
        progress($"memory: {settings.Conversations} intakes left in progress after {settings.TurnsEach} turns each");
        var memory = await InProgressMemoryAsync(settings, http);
        return new BenchReport(settings.Quick ? "load-quick" : "load", Rows(settings, echo, intake, intakeMemory, memory), Notes(settings, echo, intake));
    }

    private static async Task<(LoadResult Result, ProcessMemory? Memory)> ClosedLoopAsync(TurnsSettings settings, HttpClient http, bool echoBot)
    {
        using var data = new DataDirectory();
        using var bot = BotProcess.Start(data.Path, echoBot);
        await bot.WaitForFirstAnswerAsync(http, TimeSpan.FromSeconds(60));
        var plan = new LoadPlan(bot.Address, settings.Users, echoBot ? settings.EchoWarmUp : settings.IntakeWarmUp, settings.Measured,
            echoBot ? () => new EchoScript() : () => new IntakeScript(), Run: echoBot ? "echo" : "intake", BotPid: bot.Pid,
            Stagger: echoBot ? 0 : IntakeScript.TurnsPerIntake);
        var result = await LoadDriver.RunAsync(plan, http);
        return (result, bot.Memory());
    }

    private static async Task<InProgressMemory> InProgressMemoryAsync(TurnsSettings settings, HttpClient http)
    {
        using var data = new DataDirectory();
        using var bot = BotProcess.Start(data.Path);
        await bot.WaitForFirstAnswerAsync(http, TimeSpan.FromSeconds(60));
        var idle = bot.Memory();
        var result = await LoadDriver.OpenConversationsAsync(bot.Address, http, settings.Conversations, settings.TurnsEach, settings.Users, "open", firstUser: 100_001);
        // Let the last turns' garbage go the way it goes in production: no forced collection, a short pause.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return new InProgressMemory(idle, bot.Memory(), result);
    }

    private static List<ResultRow> Rows(TurnsSettings settings, LoadResult echo, LoadResult intake, ProcessMemory? intakeMemory, InProgressMemory memory)
    {
        var c = CultureInfo.InvariantCulture;
        var ratio = echo.Percentile(0.99) > 0 ? intake.Percentile(0.99) / echo.Percentile(0.99) : double.PositiveInfinity;
        var ratioStatus = ratio <= RatioGoal ? "met" : string.Create(c, $"missed: {ratio:0.0}× the floor, {ratio / RatioGoal:0.0}× the goal");
        var rows = new List<ResultRow>
        {
            new($"intake turn p99 ÷ echo floor p99, {settings.Users} users", string.Create(c, $"{intake.Percentile(0.99):0.0} ms ÷ {echo.Percentile(0.99):0.0} ms = {ratio:0.0}×"), string.Create(c, $"≤ {RatioGoal}×"), ratioStatus),
            ResultRow.Limit($"intake turns per second, {settings.Users} users", string.Create(c, $"{intake.TurnsPerSecond:0.0}"), intake.TurnsPerSecond, TurnsPerSecondGoal, atLeast: true, "turns/s"),
            ResultRow.Limit($"bot memory (resident), {memory.Result.Users:N0} intakes in progress", Mb(memory.After), Megabytes(memory.After), MemoryGoalMb, atLeast: false, "MB"),
            ResultRow.Limit("errors in the intake run (HTTP, timeouts, \"er ging iets mis\", \"slow down\")", intake.Count(TurnOutcome.Error).ToString(c), intake.Count(TurnOutcome.Error), 0, atLeast: false, "errors"),
            ResultRow.Info("echo floor: turns per second · latency", string.Create(c, $"{echo.TurnsPerSecond:0} turns/s · {Latency(echo)}")),
            ResultRow.Info("intake: latency", Latency(intake)),
            ResultRow.Info("bot CPU per turn, echo → intake", string.Create(c, $"{echo.BotCpuMsPerTurn:0.00} ms → {intake.BotCpuMsPerTurn:0.00} ms")),
            ResultRow.Info("intake: retries (answer not taken) · intakes completed in the window", string.Create(c, $"{intake.Count(TurnOutcome.Retry)} · {intake.TurnsPerGoal.Count} ({(intake.TurnsPerGoal.Count > 0 ? intake.TurnsPerGoal.Average() : 0):0} turns each)")),
            ResultRow.Info($"of the memory with {memory.Result.Users:N0} intakes in progress: anonymous (heaps, JIT code) · mapped files (assemblies) · rest (shared: W^X code mappings)",
                memory.After is { } after ? $"{ProcessMemory.Megabytes(after.AnonymousBytes)} · {ProcessMemory.Megabytes(after.FileBytes)} · {ProcessMemory.Megabytes(after.ResidentBytes - after.AnonymousBytes - after.FileBytes)}" : "?"),
            ResultRow.Info("bot memory: after start → peak under the intake run", $"{Mb(memory.Idle)} → {(intakeMemory is null ? "?" : ProcessMemory.Megabytes(intakeMemory.PeakResidentBytes))}"),
            ResultRow.Info($"opening {memory.Result.Users:N0} intakes ({settings.TurnsEach} turns each)", string.Create(c, $"{memory.Result.TurnsPerSecond:0} turns/s, {memory.Result.Count(TurnOutcome.Error)} errors")),
        };
        return rows;
    }

    private static List<string> Notes(TurnsSettings settings, LoadResult echo, LoadResult intake)
    {
        var notes = new List<string>
        {
            "The bot runs as its own process (`dotnet Leerwerk.Bot.dll`, Release, Development environment: Production refuses to start without Bot Framework credentials), on a fresh SQLite file, with the default configuration except raised per-user and per-address limits; reminders on.",
            string.Create(CultureInfo.InvariantCulture, $"Each virtual user is a klantmanager in Teams (channel msteams, own conversation and user id) in a closed loop without think time: the next message goes as soon as the replies are in (deliveryMode expectReplies). Intake: `intake`, then an answer to every question (cards by a card submit) until \"Klaar\", then the next intake; users leave their first intake at staggered points so the window sees every step. Echo floor: `Bot:Mode=Echo`, same host, adapter, middleware and limits."),
            "The load driver runs on the same machine and shares its cores with the bot: turns per second are a lower bound. Bot CPU per turn (from /proc) does not depend on that, nor on other load on the machine.",
            string.Create(CultureInfo.InvariantCulture, $"Warm-up {settings.EchoWarmUp.TotalSeconds:0} s (echo) and {settings.IntakeWarmUp.TotalSeconds:0} s (intake), then {settings.Measured.TotalSeconds:0} s measured; only turns that start and end in that window count ({echo.Turns} echo, {intake.Turns} intake turns)."),
            $"Load average at the end (1, 5, 15 min): {Measuring.MachineInfo.ReadLoadAverage()}.",
        };
        if (settings.Quick) notes.Add("--quick: a smoke run; do not compare these numbers.");
        return notes;
    }

    private static string Latency(LoadResult result) => string.Create(CultureInfo.InvariantCulture,
        $"p50 {result.Percentile(0.50):0.0} · p95 {result.Percentile(0.95):0.0} · p99 {result.Percentile(0.99):0.0} · max {(result.Turns == 0 ? 0 : result.SortedLatenciesMs[^1]):0.0} ms");

    private static double Megabytes(ProcessMemory? memory) => memory is null ? double.NaN : Math.Round(memory.ResidentBytes / (1024.0 * 1024.0));

    private static string Mb(ProcessMemory? memory) => memory is null ? "?" : ProcessMemory.Megabytes(memory.ResidentBytes);
}
