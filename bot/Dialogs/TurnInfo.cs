namespace Leerwerk.Bot.Dialogs;

/// <summary>Who and where, for features that store what a turn produced.</summary>
internal sealed record TurnInfo(string ChannelId, string ConversationId, string UserId, string? UserName, string Language)
{
    /// <summary>A Teams channel or group chat: everyone there reads the replies.</summary>
    public bool Shared { get; init; }

    /// <summary>The sender's roles, found once at the start of the turn.</summary>
    public Access.Principal Access { get; init; } = Leerwerk.Bot.Access.Principal.Anonymous;

    /// <summary>This turn's audit entry, written by the router after the command ran.</summary>
    public Access.AuditNote Audit { get; } = new();
}
