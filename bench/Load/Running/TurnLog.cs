using Leerwerk.Bench.Load.Scripts;

namespace Leerwerk.Bench.Load.Running;

/// <summary>One virtual user's measured turns; merged into a <see cref="LoadResult"/> when the run ends (no locks while it runs).</summary>
internal sealed class TurnLog
{
    public List<double> LatenciesMs { get; } = [];

    public Dictionary<TurnOutcome, long> Outcomes { get; } = [];

    public Dictionary<string, long> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Turns each finished goal (a completed intake) took, retries and errors included.</summary>
    public List<int> TurnsPerGoal { get; } = [];

    public void Add(double latencyMs, TurnOutcome outcome, string? error)
    {
        LatenciesMs.Add(latencyMs);
        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        if (error is not null) Errors[error] = Errors.GetValueOrDefault(error) + 1;
    }
}
