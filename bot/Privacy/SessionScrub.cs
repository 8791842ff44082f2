using Leerwerk.Bot.Conversation;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// This turn's own state is saved after the command, so the eraser leaves it alone (deleting it under
/// the turn would make the save conflict and the turn run again); it is cleared here instead.
/// </summary>
internal static class SessionScrub
{
    public static void Apply(TurnSession session, PersonRecord person, string userId)
    {
        if (person.UserIds.Contains(userId))
        {
            // The person erased themselves: only the chat's language stays, to say that it is done.
            session.Conversation.Dialog = null;
            session.Conversation.LastAnswer = null;
            session.User.Paused.Clear();
            session.User.WarnedLanguages.Clear();
            return;
        }

        var intakes = person.IntakeIds;
        if (session.Conversation.Dialog?.Subject is { } subject && intakes.Contains(subject)) session.Conversation.Dialog = null;
        foreach (var paused in session.User.Paused.Where(p => p.Value.Subject is { } s && intakes.Contains(s)).Select(p => p.Key).ToList())
            session.User.Paused.Remove(paused);
    }
}
