using Leerwerk.Bot.Conversation;
using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;

namespace Leerwerk.Bot.CheckIns;

/// <summary>`checkin &lt;naam&gt;: ...` — a check-in in one line; the quick check-in asks only what it could not read.</summary>
internal sealed class CheckInCommands(QuickLogReader reader, Caseload caseload, QuestionnaireCatalog catalog, DialogRunner dialogs, TimeProvider time) : IChatCommand
{
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(string text, TurnSession session, TurnInfo turn, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        var word = trimmed.Split(' ', 2)[0].ToLowerInvariant();
        if (word is not ("checkin" or "check-in") || trimmed.Length <= word.Length + 1) return null;
        var participants = await caseload.ForAsync(turn.UserId, cancellationToken);
        if (participants.Count == 0) return [NoCaseload()];
        var answers = reader.Read(trimmed[(word.Length + 1)..], participants, catalog.Find(CheckInIds.Full)!, turn.UserId, time.GetUtcNow(), DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        return await dialogs.StartAsync(catalog.Find(CheckInIds.Quick)!, session, turn, cancellationToken, given: answers);
    }

    public static Reply NoCaseload() => new(
        "Je hebt nog geen deelnemers. De regisseur van een traject voegt je toe als jobcoach (**traject <naam> lid jobcoach <jouw e-mail>**) en zet er deelnemers in (**traject <naam> deelnemer <naam>**).");
}
