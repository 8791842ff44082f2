using Leerwerk.Bench.Load.Protocol;

namespace Leerwerk.Bench.Load.Scripts;

/// <summary>What one virtual user says, turn after turn, decided from the bot's last replies.</summary>
internal interface IUserScript
{
    /// <summary>The message to send now.</summary>
    Outgoing Next { get; }

    /// <summary>Reads the replies to <see cref="Next"/> and decides the message after it.</summary>
    TurnOutcome Read(BotReplies replies);

    /// <summary>After an error the same message is sent again; after several in a row the user starts over.</summary>
    void Restart();
}
