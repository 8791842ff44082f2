namespace Leerwerk.Bot.Dialogs;

/// <summary>Who and where, for features that store what a turn produced.</summary>
internal sealed record TurnInfo(string ChannelId, string ConversationId, string UserId, string? UserName, string Language)
{
    /// <summary>A Teams channel or group chat: everyone there reads the replies.</summary>
    public bool Shared { get; init; }
}
