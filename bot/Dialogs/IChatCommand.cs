using Leerwerk.Bot.Conversation;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Dialogs;

/// <summary>A chat command of a feature (`intakes`, `intake Amir export`): null when the text is not its command.</summary>
internal interface IChatCommand
{
    Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken);
}
