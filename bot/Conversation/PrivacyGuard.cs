using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Conversation;

/// <summary>
/// Intakes, check-ins and what they hold are personal: in a channel or group chat the bot offers the
/// personal chat instead, so nobody's answers are posted where colleagues read along.
/// </summary>
internal static class PrivacyGuard
{
    private static readonly string[] PersonalQuestionnaires = ["intake", "intake-zelf", "checkin"];
    private static readonly string[] PersonalCommands = ["intake ", "intakes", "tijdlijn", "signalen", "uitnodiging", "inzage", "verwijder", "traject ", "audit", "toegang"];

    public static bool NeedsPersonalChat(string normalizedText, Questionnaire? started) =>
        started is not null ? PersonalQuestionnaires.Contains(started.Id)
            : PersonalCommands.Any(c => normalizedText.StartsWith(c, StringComparison.Ordinal) || normalizedText == c.Trim());
}
