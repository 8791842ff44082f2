namespace Leerwerk.Bot.Conversation;

/// <summary>What the bot keeps per conversation (the dialog position lives beside it).</summary>
internal sealed class ConversationData
{
    public int Turns { get; set; }

    public bool Welcomed { get; set; }
}
