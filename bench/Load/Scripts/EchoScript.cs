using Leerwerk.Bench.Load.Protocol;

namespace Leerwerk.Bench.Load.Scripts;

/// <summary>For the echo floor (`Bot:Mode=Echo`): short messages, each expected back word for word.</summary>
internal sealed class EchoScript : IUserScript
{
    private int _count;

    public Outgoing Next { get; private set; } = Outgoing.Typed("hallo 0");

    public TurnOutcome Read(BotReplies replies)
    {
        var echoed = replies.Texts.Count == 1 && replies.Texts[0] == Next.Text;
        Next = Outgoing.Typed($"hallo {++_count}");
        return echoed ? TurnOutcome.Ok : TurnOutcome.Error;
    }

    public void Restart() => _count = 0;
}
