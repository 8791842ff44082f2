using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Conversation;

/// <summary>What the bot keeps per user, across conversations.</summary>
internal sealed class UserProfile
{
    public string Language { get; set; } = Leerwerk.Dialogs.Texts.Language.Dutch;

    /// <summary>Paused questionnaires by id: `hervat` picks them up in any conversation of this user.</summary>
    public Dictionary<string, DialogState> Paused { get; set; } = [];

    /// <summary>Languages whose translation was flagged as not yet reviewed: said once, not every time.</summary>
    public HashSet<string> WarnedLanguages { get; set; } = [];
}
