using System.Diagnostics;
using Leerwerk.Bench.Load.Scripts;
using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Load.Running;

/// <summary>Runs many <see cref="VirtualUser"/>s at once against a bot's /api/messages.</summary>
internal static class LoadDriver
{
    public static HttpClient CreateClient(TimeSpan timeout) => new(new SocketsHttpHandler
    {
        UseCookies = false,
        MaxConnectionsPerServer = 4096,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
    })
    { Timeout = timeout };

    /// <summary>All users at once, in a closed loop; turns count when they fall entirely inside the measured window.</summary>
    public static async Task<LoadResult> RunAsync(LoadPlan plan, HttpClient http, TraceWriter? trace = null)
    {
        var messages = Messages(plan.Bot);
        await GrantAsync(http, messages, Enumerable.Range(plan.FirstUser, plan.Users));
        var measureFrom = Stopwatch.GetTimestamp() + Ticks(plan.WarmUp);
        var measureTo = measureFrom + Ticks(plan.Measured);
        var users = Enumerable.Range(plan.FirstUser, plan.Users)
            .Select(n => new VirtualUser(new BenchUser(n, plan.Run), plan.Script(), http, messages, (n - plan.FirstUser) * plan.Stagger / plan.Users)).ToList();
        var cpu = plan.BotPid is { } pid ? MeasureCpuAsync(pid, measureFrom, measureTo) : Task.FromResult<TimeSpan?>(null);
        await Task.WhenAll(users.Select(u => Task.Run(() => u.RunAsync(
            keepGoing: () => Stopwatch.GetTimestamp() < measureTo,
            measured: (start, end) => start >= measureFrom && end <= measureTo,
            trace))));
        return LoadResult.Merge(plan.Users, plan.Measured, users.Select(u => u.Log)) with { BotCpu = await cpu };
    }

    /// <summary>
    /// <paramref name="conversations"/> users each start an intake and answer <paramref name="turnsEach"/>
    /// turns of it, <paramref name="concurrency"/> at a time, and leave it in progress. Every turn counts.
    /// </summary>
    public static async Task<LoadResult> OpenConversationsAsync(Uri bot, HttpClient http, int conversations, int turnsEach, int concurrency, string run, int firstUser)
    {
        var messages = Messages(bot);
        await GrantAsync(http, messages, Enumerable.Range(firstUser, conversations));
        var users = Enumerable.Range(firstUser, conversations)
            .Select(n => new VirtualUser(new BenchUser(n, run), new IntakeScript(), http, messages)).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (user, _) =>
        {
            var turns = 0;
            await user.RunAsync(keepGoing: () => turns++ < turnsEach, measured: (_, _) => true);
        });
        return LoadResult.Merge(conversations, clock.Elapsed, users.Select(u => u.Log));
    }

    /// <summary>One user, one whole intake, every turn written out; true when it reached the bot's "klaar".</summary>
    public static async Task<bool> TraceOneIntakeAsync(Uri bot, HttpClient http, TextWriter output, string run, int maxTurns = 300)
    {
        await GrantAsync(http, Messages(bot), [1]);
        var user = new VirtualUser(new BenchUser(1, run), new IntakeScript(), http, Messages(bot));
        var turns = 0;
        await user.RunAsync(keepGoing: () => turns++ < maxTurns && user.Log.TurnsPerGoal.Count == 0, measured: (_, _) => true, new TraceWriter(output));
        return user.Log.TurnsPerGoal.Count > 0;
    }

    /// <summary>The beheerder makes each virtual user a klantmanager by chat, before any clock runs.</summary>
    private static async Task GrantAsync(HttpClient http, Uri messages, IEnumerable<int> numbers)
    {
        var beheerder = BenchUser.Beheerder;
        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (number, cancellationToken) =>
        {
            var json = Protocol.ActivityJson.Message(beheerder, $"grant-{number}", Protocol.Outgoing.Typed(new BenchUser(number, string.Empty).GrantMessage));
            using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(messages, content, cancellationToken);
            response.EnsureSuccessStatusCode();
        });
    }

    private static async Task<TimeSpan?> MeasureCpuAsync(int pid, long from, long to)
    {
        await Task.Delay(Until(from));
        var start = ProcessCpu.Read(pid);
        await Task.Delay(Until(to));
        return ProcessCpu.Read(pid) - start;
    }

    private static TimeSpan Until(long timestamp)
    {
        var left = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        return left > TimeSpan.Zero ? left : TimeSpan.Zero;
    }

    private static Uri Messages(Uri bot) => new(bot, "api/messages");

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
