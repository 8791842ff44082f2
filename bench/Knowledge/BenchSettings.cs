namespace Leerwerk.Bench.Knowledge;

/// <summary>
/// How much work one run does. The full run stays under about three minutes on a shared 2-core machine;
/// <c>--quick</c> only checks that the benchmark itself works, and its numbers are not for comparing.
/// </summary>
internal sealed record BenchSettings(int WarmLoads, int WarmUpRounds, int LessonRounds, int Passages, int LargeRounds, int Seed, bool Quick)
{
    public static BenchSettings From(IReadOnlyList<string> args) =>
        args.Contains("--quick")
            ? new BenchSettings(WarmLoads: 3, WarmUpRounds: 1, LessonRounds: 5, Passages: 10_000, LargeRounds: 1, Seed: 11, Quick: true)
            : new BenchSettings(WarmLoads: 10, WarmUpRounds: 3, LessonRounds: 50, Passages: 100_000, LargeRounds: 5, Seed: 11, Quick: false);
}
