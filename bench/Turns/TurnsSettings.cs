namespace Leerwerk.Bench.Turns;

/// <summary>
/// How long and how big the `load` run is. The full run takes about three minutes; `--quick` only checks
/// that it works. Warm-up matters: the bot's JIT keeps compiling for about half a minute under load.
/// </summary>
internal sealed record TurnsSettings(int Users, TimeSpan EchoWarmUp, TimeSpan IntakeWarmUp, TimeSpan Measured, int Conversations, int TurnsEach, bool Quick)
{
    public static TurnsSettings From(IReadOnlyList<string> args) =>
        args.Contains("--quick")
            ? new TurnsSettings(64, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), Conversations: 200, TurnsEach: 5, Quick: true)
            : new TurnsSettings(64, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(30), Conversations: 1000, TurnsEach: 5, Quick: false);
}
