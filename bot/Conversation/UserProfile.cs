using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Conversation;

/// <summary>What the bot keeps per user, across conversations.</summary>
internal sealed class UserProfile
{
    public string Language { get; set; } = Dialogs.Texts.Language.Dutch;
}
