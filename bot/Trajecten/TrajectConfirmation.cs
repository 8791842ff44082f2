using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Recognition;

namespace Leerwerk.Bot.Trajecten;

/// <summary>"ja" saves the proposed commitments; "nee" opens the checklist again with every answer kept.</summary>
internal sealed class TrajectConfirmation(TrajectStore store, AnswerRecognizer recognizer, DialogRunner dialogs, QuestionnaireCatalog catalog) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        if (session.Conversation.PendingTraject is not { } proposal) return null;
        var normalized = text.Trim().ToLowerInvariant();
        var yes = normalized.StartsWith("ja", StringComparison.Ordinal) ? true : recognizer.YesNo(text);
        if (yes is null) return null;
        session.Conversation.PendingTraject = null;
        if (yes == true)
        {
            var traject = await store.SaveAsync(proposal, turn.UserId, cancellationToken);
            turn.Audit.Begin("traject.opgeslagen");
            turn.Audit.About("traject:" + traject.Id, null);
            return [new Reply($"Opgeslagen: **{traject.Name}** met {traject.Commitments.Count} afspraken. Bekijk ze met **afspraken {traject.Name}**, het overzicht met **traject {traject.Name}**.")];
        }

        return [new Reply("Niet opgeslagen. Alle antwoorden staan nog klaar: kies welk antwoord je wilt aanpassen."),
            .. await dialogs.ReopenAsync(catalog.Find("checklist")!, proposal.Outcome, session, turn, cancellationToken)];
    }
}
