using Leerwerk.Bench.Load.Protocol;
using Leerwerk.Bench.Load.Scripts;
using Leerwerk.Bench.Load.Users;

namespace Leerwerk.Bench.Load.Running;

/// <summary>`--trace`: every turn of a user written out, to see that the script really walks an intake to its end.</summary>
internal sealed class TraceWriter(TextWriter output)
{
    private readonly Lock _lock = new();

    public void Turn(BenchUser user, Outgoing sent, BotReplies replies, TurnOutcome outcome)
    {
        var said = replies.AllText.Replace("\n", " ⏎ ", StringComparison.Ordinal);
        lock (_lock)
            output.WriteLine($"{user.Id} > {sent}\n{user.Id} < [{outcome}] {(said.Length > 240 ? said[..240] + "…" : said)}");
    }
}
