using System.Globalization;
using Leerwerk.Bench.Load.Scripts;

namespace Leerwerk.Bench.Load.Running;

/// <summary>The turns of a run that started and ended within the measured window.</summary>
internal sealed record LoadResult(
    int Users, TimeSpan Window, double[] SortedLatenciesMs, IReadOnlyDictionary<TurnOutcome, long> Outcomes,
    IReadOnlyDictionary<string, long> Errors, IReadOnlyList<int> TurnsPerGoal)
{
    /// <summary>CPU time the bot process used in the measured window, when it runs on this machine.</summary>
    public TimeSpan? BotCpu { get; init; }

    /// <summary>The bot's CPU time per measured turn: the cost of a turn, whatever else the machine did.</summary>
    public double? BotCpuMsPerTurn => BotCpu is { } cpu && Turns > 0 ? cpu.TotalMilliseconds / Turns : null;

    public long Turns => SortedLatenciesMs.Length;

    public double TurnsPerSecond => Window > TimeSpan.Zero ? Turns / Window.TotalSeconds : 0;

    public long Count(TurnOutcome outcome) => Outcomes.GetValueOrDefault(outcome);

    /// <summary>Nearest rank, as the knowledge benchmark does.</summary>
    public double Percentile(double share) =>
        Turns == 0 ? 0 : SortedLatenciesMs[Math.Clamp((int)Math.Ceiling(share * Turns) - 1, 0, SortedLatenciesMs.Length - 1)];

    public static LoadResult Merge(int users, TimeSpan window, IEnumerable<TurnLog> logs)
    {
        var list = logs.ToList();
        var outcomes = new Dictionary<TurnOutcome, long>();
        var errors = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var log in list)
        {
            foreach (var (outcome, n) in log.Outcomes) outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + n;
            foreach (var (error, n) in log.Errors) errors[error] = errors.GetValueOrDefault(error) + n;
        }

        return new LoadResult(users, window, [.. list.SelectMany(l => l.LatenciesMs).Order()], outcomes, errors, [.. list.SelectMany(l => l.TurnsPerGoal)]);
    }

    public IEnumerable<string> Lines()
    {
        var c = CultureInfo.InvariantCulture;
        yield return string.Create(c, $"{Users} users, {Window.TotalSeconds:0.0} s measured: {Turns} turns, {TurnsPerSecond:0.0} turns/s");
        yield return string.Create(c, $"latency p50 {Percentile(0.50):0.0} · p95 {Percentile(0.95):0.0} · p99 {Percentile(0.99):0.0} · max {(Turns == 0 ? 0 : SortedLatenciesMs[^1]):0.0} ms");
        yield return string.Create(c, $"ok {Count(TurnOutcome.Ok) + Count(TurnOutcome.Completed)}, retries {Count(TurnOutcome.Retry)}, errors {Count(TurnOutcome.Error)}")
            + (Errors.Count == 0 ? "" : " (" + string.Join(", ", Errors.Select(e => $"{e.Key}: {e.Value}")) + ")");
        if (BotCpuMsPerTurn is { } perTurn)
            yield return string.Create(c, $"bot CPU: {BotCpu!.Value.TotalSeconds:0.0} s in the window, {perTurn:0.00} ms per turn");
        if (TurnsPerGoal.Count > 0)
            yield return string.Create(c, $"intakes completed: {TurnsPerGoal.Count}, {TurnsPerGoal.Average():0.0} turns each");
    }
}
