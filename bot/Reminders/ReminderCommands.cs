using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.Reminders;

/// <summary>`geen herinneringen` and `wel herinneringen`.</summary>
internal sealed class ReminderCommands(UserChannels channels) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var normalized = text.Trim().ToLowerInvariant();
        bool? on = normalized switch
        {
            "geen herinneringen" or "herinneringen uit" or "no reminders" => false,
            "wel herinneringen" or "herinneringen aan" or "reminders" => true,
            _ => null,
        };
        if (on is null) return null;
        await channels.SetRemindersAsync(turn.UserId, on.Value, cancellationToken);
        return [new Reply(on.Value ? "Goed, je krijgt weer herinneringen." : "Goed, je krijgt geen herinneringen meer. Typ **wel herinneringen** om ze weer aan te zetten.")];
    }
}
